import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('signing out during the undo window', () => {
  test('sends the removal first, and the number is removed', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const target = await signedIn.firstActive()
    await page.clock.install()
    await numbersListPage(page).deleteButton(target.name).click()
    await expect(numbersListPage(page).removalToast(target.name)).toBeVisible()

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
    const deletes = (await sandbox.requests()).filter((request) => request.method === 'DELETE')
    expect(deletes.map((request) => request.status)).toEqual([204])
    await expect(page.getByText(`Could not remove ${target.name}`)).toHaveCount(0)
  })
})
