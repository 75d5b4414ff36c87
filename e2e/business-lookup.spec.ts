import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'

const { riveraPlumbing: rivera, leeSolar, metroHvac } = NAMED_BUSINESSES

function finder(page: Page) {
  const switcher = page.getByRole('combobox', { name: 'Business' })
  const list = page.getByRole('listbox', { name: 'Businesses' })
  return { switcher, list, options: list.getByRole('option') }
}

/** Opens a business with the finder, by typing part of its name and picking it. */
async function openWithFinder(page: Page, name: string) {
  const { switcher, list } = finder(page)
  await switcher.click()
  await switcher.fill(name)
  await list.getByRole('option', { name }).click()
  await expect(numbersListPage(page).heading(name)).toBeVisible()
  // It is kept at the top of Recent as soon as the app knows who is signed in (a token
  // sign-in learns that from users/self, which may answer after the page is drawn).
  await switcher.click()
  await expect(list.getByRole('group', { name: 'Recent' }).getByRole('option').first()).toHaveText(
    name,
  )
  await switcher.press('Escape')
}

test.describe('support-grade lookup', () => {
  test('finds a business by its ID pasted whole, with quotes and spaces, or by part of it', async ({
    page,
  }) => {
    await signInAs(page, 'Sam Ortiz')
    const { switcher, options } = finder(page)
    await switcher.click()
    await switcher.fill(`  "${rivera.id}" `)
    await expect(options).toHaveCount(1)
    await expect(options.first()).toHaveText(`Rivera Plumbing Business ID ${rivera.id}`)
    await switcher.press('Enter')
    await expect(page).toHaveURL(`/businesses/${rivera.id}/numbers`)

    await switcher.click()
    await switcher.fill(metroHvac.id.slice(-7))
    await expect(options.first()).toHaveText(`Metro HVAC Services Business ID ${metroHvac.id}`)
    await switcher.press('Enter')
    await expect(numbersListPage(page).heading('Metro HVAC Services')).toBeVisible()
  })

  test('keeps the businesses opened last at the top, on the home page too, after a reload', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signInAs(page, 'Sam Ortiz')
    await openWithFinder(page, leeSolar.name)
    await openWithFinder(page, metroHvac.name)
    await page.reload()
    await expect(numbersListPage(page).heading(metroHvac.name)).toBeVisible()

    const { switcher, list } = finder(page)
    await switcher.click()
    const recent = list.getByRole('group', { name: 'Recent' })
    await expect(recent.getByRole('option')).toHaveText([metroHvac.name, leeSolar.name])
    await expect(list.getByRole('group', { name: 'All businesses' })).toBeVisible()
    await expectNoAxeViolations(page)
    await switcher.press('Escape')

    await page.goto('/')
    const recentOnHome = page.getByRole('region', { name: 'Recent' })
    await expect(recentOnHome.getByRole('link')).toHaveText([metroHvac.name, leeSolar.name])
  })

  test('copies a business ID, which the clipboard then holds', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await signInAs(page, 'Sam Ortiz')
    await openWithFinder(page, rivera.name)
    await page.goto('/')

    const copy = page.getByRole('button', { name: `Copy business ID ${rivera.id}` })
    await copy.click()
    await expect(numbersListPage(page).toast(`Copied business ID ${rivera.id}`)).toBeVisible()
    await expect(copy).toHaveText('Copied')
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(rivera.id)
  })

  test('among 1,000 businesses, shows a bounded list and finds the one typed', async ({
    page,
    sandbox,
  }) => {
    await sandbox.reset({ extraBusinesses: 696 })
    const all = await sandbox.businesses('Sam Ortiz')
    expect(all).toHaveLength(1000)
    const target = all.at(-1)
    if (!target) throw new Error('no businesses')

    await signInAs(page, 'Sam Ortiz')
    await expect(page.getByText('1,000 businesses.', { exact: false })).toBeVisible()
    // The home page lists a screenful, not a thousand links.
    expect(await page.getByRole('main').getByRole('link').count()).toBeLessThanOrEqual(50)

    const { switcher, options } = finder(page)
    await switcher.click()
    await expect(options).toHaveCount(50)
    await expect(page.getByText('950 more — keep typing')).toBeVisible()
    // Each keystroke narrows a bounded list; the business typed is there at the end.
    for (const letter of target.name.slice(0, 12)) {
      await switcher.press(letter === ' ' ? 'Space' : letter)
      expect(await options.count()).toBeLessThanOrEqual(50)
    }
    await switcher.fill(target.name)
    await expect(options.filter({ hasText: target.name })).toHaveCount(1)
    await switcher.fill(target.businessID.slice(-8))
    await expect(options.first()).toContainText(target.name)
    await switcher.press('Enter')
    await expect(page).toHaveURL(`/businesses/${target.businessID}/numbers`)
  })
})
