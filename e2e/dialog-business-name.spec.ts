import { expect, test } from './support/fixtures'
import { openAddForm, openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

// The "Acting for" banner sits dimmed under the backdrop: each dialog says the business itself.
test.describe('the dialogs name the business they act for', () => {
  test('Add, Edit and Bulk add each describe themselves with the business', async ({
    page,
    signedIn,
  }) => {
    const forBusiness = new RegExp(`for ${signedIn.businessName}`, 'i')

    const add = await openAddForm(page)
    await expect(add.dialog).toHaveAccessibleDescription(forBusiness)
    await add.cancel.click()

    const first = await signedIn.firstActive()
    const edit = await openEditForm(page, first.name)
    await expect(edit.dialog).toHaveAccessibleDescription(forBusiness)
    await edit.cancel.click()

    await numbersListPage(page).bulkAddLink.click()
    const bulk = page.getByRole('dialog', { name: 'Bulk add numbers' })
    await expect(bulk).toHaveAccessibleDescription(forBusiness)
  })
})
