import { expect, test } from './support/fixtures'
import { tabTo } from './support/focus-ring'
import { numbersListPage } from './support/pages/numbers-list-page'

const pastTheUndoWindow = '00:09'

test.describe('deleting and undoing with the keyboard only', () => {
  test('focus moves to the next row, and Ctrl+Z, announced in the toast, undoes', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    await page.clock.install()
    const [target, next] = await list.shownNames()
    if (!target || !next) throw new Error('Rivera Plumbing needs two numbers')
    const targetID = (await signedIn.active()).find((n) => n.name === target)?.phoneNumberID

    await tabTo(page, list.deleteButton(target))
    await page.keyboard.press('Enter')
    await expect(list.rowOf(target)).toHaveCount(0)
    await expect(list.deleteButton(next)).toBeFocused()
    const toast = list.removalToast(target)
    await expect(toast).toContainText('Press Ctrl+Z to undo.')
    // Said in the live region, where a screen reader hears it.
    await expect(
      page.getByRole('status').filter({ hasText: `Deleted ${target}. Press Ctrl+Z to undo.` }),
    ).toBeVisible()

    await page.keyboard.press('Control+z')
    await expect(list.rowOf(target)).toHaveCount(1)
    await expect(list.deleteButton(target)).toBeFocused()
    await expect(list.toast(`Restored ${target}.`)).toBeVisible()

    await page.clock.runFor(pastTheUndoWindow)
    expect((await sandbox.requests()).filter((request) => request.method === 'DELETE')).toEqual([])
    expect(await signedIn.isDeleted(targetID ?? '')).toBe(false)
  })

  test('deleting the last row moves focus to the one before it', async ({ page, signedIn }) => {
    const list = numbersListPage(page)
    await page.clock.install()
    const names = await list.shownNames()
    const [before, last] = names.slice(-2)
    if (!before || !last) throw new Error('Rivera Plumbing needs two numbers')
    expect(await signedIn.active()).toHaveLength(names.length)

    await tabTo(page, list.deleteButton(last))
    await page.keyboard.press('Enter')
    await expect(list.rowOf(last)).toHaveCount(0)
    await expect(list.deleteButton(before)).toBeFocused()
  })
})
