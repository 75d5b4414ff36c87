import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { national } from './support/numbers'
import { signInAs } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'

/** The switcher's list (the numbers page has options of its own, in its sort menu). */
function businessList(page: Page) {
  return page.getByRole('listbox', { name: 'Businesses' })
}

const credentialsKey = 'numbers-console.credentials'

test.describe('signing in to the sandbox', () => {
  test('Pat Rivera signs in and sees Rivera Plumbing’s numbers', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expectNoAxeViolations(page)

    const {
      businessID,
      businessName,
      stored: storedNow,
    } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
    expect(businessName).toBe('Rivera Plumbing')
    await expect(page).toHaveURL(`/businesses/${businessID}/numbers`)
    await expect(page.getByText('Signed in as Pat Rivera')).toBeVisible()
    // One business: nothing to switch between, nobody else to act for.
    await expect(page.getByRole('combobox', { name: 'Business' })).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Acting for' })).toHaveCount(0)

    const stored = await storedNow()
    const active = stored.filter((number) => !number.isDeleted)
    const removed = stored.filter((number) => number.isDeleted)
    expect(active.length).toBe(4)
    for (const number of active) {
      // Each number is in the row twice, as text for a mouse and a tel: link for a finger;
      // one of the two is shown.
      const shown = page.getByText(national(number.phoneNumber)).filter({ visible: true })
      await expect(shown).toBeVisible()
      await expect(page.getByText(number.name, { exact: true })).toBeVisible()
    }
    for (const number of removed) {
      await expect(page.getByText(number.name, { exact: true })).toHaveCount(0)
    }
    await expectNoAxeViolations(page)
  })

  test('the token stays out of localStorage and the URL', async ({ page, signedIn }) => {
    const { accessToken } = signedIn
    const local = await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))
    expect(local).not.toContain(accessToken)
    expect(page.url()).not.toContain(accessToken)
  })

  test('Morgan Lee chooses between Lee Electric and Lee Solar', async ({ page }) => {
    await signInAs(page, 'Morgan Lee')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
    await page.getByRole('link', { name: 'Lee Electric' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Electric' })).toBeVisible()
    await expect(page).toHaveURL(`/businesses/${NAMED_BUSINESSES.leeElectric.id}/numbers`)

    const switcher = page.getByRole('combobox', { name: 'Business' })
    await expect(switcher).toHaveValue('Lee Electric')
    await switcher.click()
    await businessList(page).getByRole('option', { name: 'Lee Solar' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
    await expect(page).toHaveURL(`/businesses/${NAMED_BUSINESSES.leeSolar.id}/numbers`)
    await expect(switcher).toHaveValue('Lee Solar')
    // A pro acting for their own businesses gets no "Acting for" banner.
    await expect(page.getByRole('region', { name: 'Acting for' })).toHaveCount(0)
  })

  test('Sam Ortiz finds Metro HVAC Services among hundreds and sees whom he acts for', async ({
    page,
  }) => {
    await signInAs(page, 'Sam Ortiz')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()

    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.fill('metro')
    await expect(
      businessList(page).getByRole('option', { name: 'Metro HVAC Services' }),
    ).toBeVisible()
    await switcher.press('Enter')

    await expect(page).toHaveURL(`/businesses/${NAMED_BUSINESSES.metroHvac.id}/numbers`)
    await expect(page.getByRole('heading', { level: 1, name: 'Metro HVAC Services' })).toBeVisible()
    await expect(page.getByText('Acting for Metro HVAC Services')).toBeVisible()
    await expect(page.getByRole('region', { name: 'Acting for' })).toContainText(
      'Metro HVAC Services',
    )
    // And over the business's add and edit forms.
    await page.getByRole('link', { name: 'Add number' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page.getByText('Acting for Metro HVAC Services')).toBeVisible()
  })

  test('a token sign-in that reaches several businesses sees whom it acts for', async ({
    page,
    sandbox,
  }) => {
    await page.goto('/sign-in')
    const { accessToken } = await sandbox.persona('Morgan Lee')
    await page.getByLabel('Access token', { exact: true }).fill(accessToken)
    await page.getByRole('button', { name: 'Sign in with token' }).click()
    await page.getByRole('link', { name: 'Lee Solar' }).click()
    await expect(page.getByText('Acting for Lee Solar')).toBeVisible()
  })

  test('the home page finds a business by name, with its one finder', async ({ page }) => {
    await signInAs(page, 'Sam Ortiz')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
    // One finder on the page: the Business switcher, and no search box besides.
    await expect(page.getByRole('searchbox')).toHaveCount(0)
    await page.getByRole('combobox', { name: 'Business' }).fill('métro hvac')
    await page.getByRole('option', { name: 'Metro HVAC Services' }).click()
    await expect(page.getByText('Acting for Metro HVAC Services')).toBeVisible()
  })

  test('signing out forgets the token and shows the sign-in page', async ({ page, signedIn }) => {
    const { accessToken } = signedIn
    const before = await page.evaluate((key) => window.sessionStorage.getItem(key), credentialsKey)
    expect(before).toContain(accessToken)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page).toHaveURL('/sign-in')
    const storage = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)))
    expect(storage).not.toContain(accessToken)

    // A business's page now asks to sign in first.
    await page.goto(`/businesses/${signedIn.businessID}/numbers`)
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
  })
})
