import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog } from './support/pages/sign-in-page'

const readOnly = /This sign-in may read numbers but not change them\./

test.describe('what a sign-in may not do, said plainly', () => {
  test.describe('signed in read-only', () => {
    test.use({ persona: 'Riley Chen' })

    test('Riley Chen (read-only) sees the list, and a delete is refused plainly', async ({
      page,
      signedIn,
    }) => {
      const active = await signedIn.active()
      const target = await signedIn.firstActive()
      expect(signedIn.businessName).toBe('Rivera Plumbing')
      for (const number of active) {
        await expect(page.getByText(number.name, { exact: true })).toBeVisible()
      }

      await numbersListPage(page).deleteNow(target.name)
      await expect(page.getByText(readOnly)).toBeVisible()
      // A missing scope is not an expired sign-in: nobody is asked to sign in again.
      await expect(signInAgainDialog(page).dialog).toHaveCount(0)
      await expect(page.getByText(target.name, { exact: true })).toBeVisible()
      expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)
    })

    test('the first refused write turns the page View only at once', async ({ page, signedIn }) => {
      const target = await signedIn.firstActive()
      const list = numbersListPage(page)
      // A token's scopes are not known in advance: the controls start enabled.
      await expect(list.addLink).toBeVisible()
      await list.deleteNow(target.name)
      await expect(page.getByText(readOnly)).toBeVisible()

      await expect(page.getByRole('banner').getByText('View only')).toBeVisible()
      const add = page.getByRole('button', { name: 'Add number', exact: true })
      await expect(add).toBeDisabled()
      await expect(add).toHaveAccessibleDescription(
        'Your sign-in can view numbers but not change them.',
      )
      await expect(list.deleteButton(target.name)).toBeDisabled()
    })

    test('Riley Chen (read-only) is told plainly that a save is not allowed', async ({
      page,
      signedIn,
    }) => {
      const target = await signedIn.firstActive()
      const form = await openEditForm(page, target.name)
      await form.dialog.getByLabel('Name', { exact: true }).fill('Renamed')
      await form.save.click()
      await expect(form.dialog.getByRole('alert')).toContainText(
        'This sign-in may read numbers but not change them.',
      )
      await expect(signInAgainDialog(page).dialog).toHaveCount(0)
    })
  })

  test('a business this sign-in is not linked to says so, with a way back', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    await page.goto(`/businesses/${NAMED_BUSINESSES.metroHvac.id}/numbers`)
    await expect(page.getByText('This sign-in is not linked to this business.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No access to this business')
    await expect(page.getByText('Metro HVAC Services')).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Go to your businesses' }).click()
    await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
  })
})
