import { expect, test } from './support/fixtures'
import { openAddForm, openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('the tab title', () => {
  test('names the page and the business on every page', async ({ page, signedIn }) => {
    const business = signedIn.businessName
    await expect(page).toHaveTitle(`${business} · Numbers`)

    await openAddForm(page)
    await expect(page).toHaveTitle(`Add number · ${business} · Numbers`)
    await page.keyboard.press('Escape')
    await expect(page).toHaveTitle(`${business} · Numbers`)

    const first = await signedIn.firstActive()
    await openEditForm(page, first.name)
    await expect(page).toHaveTitle(`Edit ${first.name} · ${business} · Numbers`)
    await page.keyboard.press('Escape')

    await numbersListPage(page).bulkAddLink.click()
    await expect(page).toHaveTitle(`Bulk add · ${business} · Numbers`)

    await page.goto('/no/such/page')
    await expect(page).toHaveTitle('Page not found · Numbers')

    await page.goto('/')
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveTitle('Sign in · Numbers')
  })
})
