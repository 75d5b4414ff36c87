import { readFile } from 'node:fs/promises'

import { type Download, type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { national } from './support/numbers'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'
import { type StoredNumber } from './support/sandbox-control'

// Ticking rows in the list: a checkbox per row, shift-click and Shift+arrow for ranges,
// "Select all N matching" for the whole search, and a bar that says how many and acts on them.

const selectLabel = (number: StoredNumber) =>
  `Select ${number.name}, ${national(number.phoneNumber)}`

function selection(page: Page) {
  const bar = page.getByRole('region', { name: 'Selected numbers' })
  return {
    bar,
    box: (number: StoredNumber) => page.getByRole('checkbox', { name: selectLabel(number) }),
    /** The live region that announces the count (the bar's own count is not read twice). */
    announced: page.locator('[aria-live="polite"][aria-atomic="true"]'),
    selectAll: page.getByRole('checkbox', { name: /^Select all \d[\d,]* matching$/ }),
    exportSelected: bar.getByRole('button', { name: 'Export selected' }),
    removeSelected: bar.getByRole('button', { name: 'Remove selected' }),
  }
}

const byName = (a: StoredNumber, b: StoredNumber) => a.name.localeCompare(b.name)

async function csvLines(download: Download): Promise<string[]> {
  const csv = await readFile(await download.path(), 'utf8')
  return csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n')
}

test.describe('selecting rows', () => {
  test('a click ticks a row, a shift-click the range, and the bar announces the count', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const rows = (await signedIn.active()).sort(byName)
    expect(rows.length).toBe(4)
    const [first, second, third, fourth] = rows
    if (!first || !second || !third || !fourth) throw new Error('four numbers expected')
    const select = selection(page)

    await expect(select.bar).toHaveCount(0)
    await select.box(first).click()
    await expect(select.bar).toContainText('1 selected')
    await expect(select.announced).toHaveText('1 selected')
    await select.box(third).click({ modifiers: ['Shift'] })
    await expect(select.announced).toHaveText('3 selected')
    for (const number of [first, second, third]) await expect(select.box(number)).toBeChecked()
    await expect(select.box(fourth)).not.toBeChecked()
    await expectNoAxeViolations(page)

    // "Select all 4 matching" in the bar, then Clear.
    await select.bar.getByRole('button', { name: 'Select all 4 matching' }).click()
    await expect(select.announced).toHaveText('4 selected')
    await expect(page.getByRole('checkbox', { name: 'Clear the selection of 4' })).toBeChecked()
    await select.bar.getByRole('button', { name: 'Clear' }).click()
    await expect(select.bar).toHaveCount(0)
    for (const number of rows) await expect(select.box(number)).not.toBeChecked()
  })

  test('Space toggles a row; Shift+↓ and Shift+↑ extend the selection and move focus', async ({
    page,
    signedIn,
  }) => {
    const [first, second, third] = (await signedIn.active()).sort(byName)
    if (!first || !second || !third) throw new Error('three numbers expected')
    const select = selection(page)

    await select.box(first).focus()
    await page.keyboard.press('Space')
    await expect(select.box(first)).toBeChecked()
    await page.keyboard.press('Shift+ArrowDown')
    await expect(select.box(second)).toBeFocused()
    await page.keyboard.press('Shift+ArrowDown')
    await expect(select.box(third)).toBeFocused()
    await expect(select.announced).toHaveText('3 selected')
    await page.keyboard.press('Space')
    await expect(select.box(third)).not.toBeChecked()
    await page.keyboard.press('Shift+ArrowUp')
    await expect(select.box(second)).toBeFocused()
    await expect(select.announced).toHaveText('3 selected')
  })

  test('Export selected saves exactly the ticked rows, and says so in its name and first line', async ({
    page,
    signedIn,
  }) => {
    const [first, , third] = (await signedIn.active()).sort(byName)
    if (!first || !third) throw new Error('three numbers expected')
    const select = selection(page)
    await select.box(first).click()
    await select.box(third).click()

    const downloading = page.waitForEvent('download')
    await select.exportSelected.click()
    const download = await downloading
    const today = new Date().toISOString().slice(0, 10)
    expect(download.suggestedFilename()).toBe(`rivera-plumbing-numbers-selected-${today}.csv`)
    const lines = await csvLines(download)
    expect(lines[0]).toBe(
      `"# Numbers Console export of Rivera Plumbing: 2 selected numbers, ${today}"`,
    )
    expect(lines[1]).toBe('Name,Phone number (E.164),Phone number,Last activity,Added,Status')
    expect(lines.slice(2).map((line) => line.split(',')[1])).toEqual([
      first.phoneNumber,
      third.phoneNumber,
    ])
  })
})

test.describe('signed in read-only', () => {
  test.use({ persona: 'Riley Chen' })

  test('a view-only sign-in may Export selected but not Remove selected', async ({
    page,
    signedIn,
  }) => {
    const [first, second] = (await signedIn.active()).sort(byName)
    if (!first || !second) throw new Error('two numbers expected')
    const list = numbersListPage(page)
    // Riley's token may not write; the first refused write turns the page View only.
    await list.deleteNow(first.name)
    await expect(page.getByText(/may read numbers but not change them/).first()).toBeVisible()
    const select = selection(page)
    await select.box(first).click()
    await select.box(second).click()
    await expect(select.removeSelected).toBeDisabled()
    const downloading = page.waitForEvent('download')
    await select.exportSelected.click()
    expect((await downloading).suggestedFilename()).toMatch(/-numbers-selected-/)
  })
})

test.describe('selecting in a long list', () => {
  test('Select all N matching takes the whole search, and survives scrolling', async ({
    page,
    sandbox,
  }) => {
    const metro = NAMED_BUSINESSES.metroHvac
    const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
    const matching = stored.filter((n) => !n.isDeleted && n.name.startsWith('Tech '))
    expect(matching.length).toBeGreaterThan(1_000)
    await signInAs(page, 'Sam Ortiz')
    await page.goto(`/businesses/${metro.id}/numbers`)
    const list = numbersListPage(page)
    await expect(list.heading(metro.name)).toBeVisible()

    // A row ticked at the top is still ticked after scrolling it away and back.
    const [top] = stored.filter((n) => !n.isDeleted).sort(byName)
    if (!top) throw new Error('Metro HVAC has no active number')
    const select = selection(page)
    await select.box(top).click()
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect(select.box(top)).toHaveCount(0)
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(select.box(top)).toBeChecked()

    await list.search.fill('Tech ')
    const count = matching.length.toLocaleString('en-US')
    await expect(page.getByRole('checkbox', { name: `Select all ${count} matching` })).toBeVisible()
    await page.getByRole('checkbox', { name: `Select all ${count} matching` }).check()
    await expect(select.announced).toHaveText(`${count} selected`)
    // Far more than the list has drawn: the last one, scrolled to, is ticked too.
    expect(await list.rows.count()).toBeLessThan(80)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const last = matching.sort(byName).at(-1)
    if (!last) throw new Error('no last row')
    await expect(select.box(last)).toBeChecked()

    const downloading = page.waitForEvent('download')
    await select.exportSelected.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^metro-hvac-services-numbers-selected-/)
    expect(await csvLines(download)).toHaveLength(matching.length + 2)
  })

  test('the selection clears on a business switch', async ({ page }) => {
    const { leeElectric, leeSolar } = NAMED_BUSINESSES
    await signInAs(page, 'Morgan Lee')
    await page.getByRole('link', { name: leeElectric.name }).click()
    const list = numbersListPage(page)
    await expect(list.heading(leeElectric.name)).toBeVisible()
    const select = selection(page)
    await select.selectAll.check()
    await expect(select.bar).toContainText('3 selected')

    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.fill('Solar')
    await page
      .getByRole('listbox', { name: 'Businesses' })
      .getByRole('option', { name: leeSolar.name })
      .click()
    await expect(list.heading(leeSolar.name)).toBeVisible()
    await expect(select.bar).toHaveCount(0)
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0)

    await page.goBack()
    await expect(list.heading(leeElectric.name)).toBeVisible()
    await expect(list.rows).toHaveCount(3)
    await expect(select.bar).toHaveCount(0)
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0)
  })
})

test.describe('on a phone', () => {
  test('the row checkbox is a 44 × 44 px target', async ({ browser, sandbox, appServer }) => {
    const context = await browser.newContext({
      baseURL: appServer.url,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    })
    const page = await context.newPage()
    const signedIn = await signInOnBusiness(page, sandbox, 'Pat Rivera')
    const [first] = (await signedIn.active()).sort(byName)
    if (!first) throw new Error('Rivera Plumbing has no active number')
    const box = selection(page).box(first)
    await expect(box).toBeVisible()
    // Measured once the list has settled: its first screen is drawn again as the whole list.
    const target = box.locator('xpath=..')
    const size = async () => (await target.boundingBox()) ?? { width: 0, height: 0 }
    await expect.poll(async () => (await size()).width).toBeGreaterThanOrEqual(44)
    await expect.poll(async () => (await size()).height).toBeGreaterThanOrEqual(44)
    await box.tap()
    await expect(box).toBeChecked()
    await context.close()
  })
})
