import { type Page, type Route } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { bulkDialog } from './support/pages/bulk-dialog'
import { addForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { type SandboxControl } from './support/sandbox-control'

const LIST = /\/associate-phone-numbers(\?.*)?$/

/** Holds every read of the list until `release()`: the page stays on its loading state. */
async function holdListReads(page: Page) {
  const held: Route[] = []
  let holding = true
  await page.route(LIST, async (route) => {
    if (route.request().method() !== 'GET' || !holding) return route.fallback()
    held.push(route)
  })
  return {
    held,
    release: async () => {
      holding = false
      for (const route of held.splice(0)) await route.fallback()
    },
  }
}

/** Removes every number of one of `personaName`'s businesses, through the sandbox's API. */
async function emptyBusiness(sandbox: SandboxControl, personaName: string, businessID: string) {
  for (const number of await sandbox.numbersOf(personaName, businessID)) {
    const path = `/businesses/${businessID}/associate-phone-numbers/${number.phoneNumberID}`
    expect((await sandbox.api(personaName, 'DELETE', path)).ok()).toBe(true)
  }
}

test.describe('the list loading, and empty', () => {
  for (const viewport of [
    { width: 1280, height: 800, shape: 'table rows' },
    { width: 390, height: 844, shape: 'cards' },
  ]) {
    test(`skeleton ${viewport.shape} stand in while the list loads at ${viewport.width} px`, async ({
      page,
      signedIn,
    }) => {
      await page.setViewportSize(viewport)
      const network = await holdListReads(page)
      await page.reload()
      await expect.poll(() => network.held.length).toBeGreaterThan(0)

      const region = page.getByRole('region', { name: 'Numbers' })
      await expect(region).toHaveAttribute('aria-busy', 'true')
      await expect(page.getByRole('status').filter({ hasText: 'Loading numbers…' })).toBeAttached()
      // Shapes, not a spinner: rows laid out like the list's, hidden from assistive tech.
      const shapes = region.locator('li')
      await expect(shapes).toHaveCount(8)
      await expect(shapes.first()).toBeVisible()
      const display = await shapes.first().evaluate((row) => getComputedStyle(row).display)
      expect(display).toBe(viewport.width >= 640 ? 'grid' : 'list-item')
      await expect(region.locator('[aria-hidden="true"]').first()).toBeAttached()
      await expect(page.locator('.animate-spin')).toHaveCount(0)

      await network.release()
      const list = numbersListPage(page)
      await expect(list.rows).toHaveCount((await signedIn.active()).length)
      await expect(region).not.toHaveAttribute('aria-busy', 'true')
    })
  }

  test('the skeleton pulses, and holds still when motion is reduced', async ({
    page,
    signedIn: _,
  }) => {
    const network = await holdListReads(page)
    const block = page.getByRole('region', { name: 'Numbers' }).locator('li span').first()
    const animation = () => block.evaluate((element) => getComputedStyle(element).animationName)

    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await page.reload()
    await expect(block).toBeVisible()
    expect(await animation()).toBe('pulse')
    await page.emulateMedia({ reducedMotion: 'reduce' })
    expect(await animation()).toBe('none')
    await network.release()
  })

  test('the search is there while the list loads: typed into, it keeps its text and focus when the numbers come', async ({
    page,
    signedIn,
  }) => {
    const network = await holdListReads(page)
    await page.reload()
    await expect.poll(() => network.held.length).toBeGreaterThan(0)
    const list = numbersListPage(page)
    await expect(page.getByRole('region', { name: 'Numbers' })).toHaveAttribute('aria-busy', 'true')
    const first = await signedIn.firstActive()
    await list.search.click()
    await page.keyboard.type(first.name)

    await network.release()
    await expect(list.rows.filter({ hasText: first.name }).first()).toBeVisible()
    await expect(list.search).toHaveValue(first.name)
    await expect(list.search).toBeFocused()
    // The filters count once the numbers are there.
    await expect(page.getByText(/No activity for 90 days or more \(\d[\d,]*\)/)).toBeVisible()
  })

  test('a business with no numbers says so, and its actions open Add number and Bulk add', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    const businessID = await sandbox.businessID('Morgan Lee', 'Lee Solar')
    await emptyBusiness(sandbox, 'Morgan Lee', businessID)
    await signInAs(page, 'Morgan Lee')
    await page.goto(`/businesses/${businessID}/numbers`)

    const empty = page.getByRole('heading', { name: 'No numbers yet' })
    await expect(empty).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Add a number' }).click()
    await expect(addForm(page).dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(addForm(page).dialog).toBeHidden()

    await page.getByRole('link', { name: 'Paste a list' }).click()
    await expect(bulkDialog(page).paste).toBeFocused()
  })

  test('no match: Clear search and Clear filters bring the numbers back', async ({
    page,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    const count = (await signedIn.active()).length
    await list.search.fill('zzz-no-such-number')
    await expect(
      page.getByRole('heading', { name: 'No numbers match “zzz-no-such-number”.' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Clear search' }).click()
    await expect(list.search).toHaveValue('')
    await expect(list.search).toBeFocused()
    await expect(list.rows).toHaveCount(count)

    // Added in the last 7 days: none of the seed's numbers.
    await page.getByRole('combobox', { name: 'Added' }).selectOption('7d')
    await expect(
      page.getByRole('heading', { name: 'No numbers match these filters.' }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/numbers$/)
    await expect(list.rows).toHaveCount(count)
    await expect(list.search).toBeFocused()
  })
})
