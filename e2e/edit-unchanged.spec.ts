import { expect, test } from './support/fixtures'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('saving an edit that changes nothing', () => {
  test('sends nothing and says "Nothing changed."', async ({ page, sandbox, signedIn }) => {
    const target = await signedIn.firstActive()
    const form = await openEditForm(page, target.name)
    await form.save.click()

    await expect(numbersListPage(page).toast('Nothing changed.')).toBeVisible()
    await expect(form.dialog).toHaveCount(0)
    await expect(numbersListPage(page).toast('Saved')).toHaveCount(0)
    expect((await sandbox.requests()).filter((request) => request.method === 'PUT')).toEqual([])
  })
})
