import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

// The Undo window is 8 s. These tests do not sleep through it: the page's clock is installed
// before the delete, and `runFor` fires every timer the window would have fired.
const pastTheUndoWindow = '00:09'

test.describe('removing a number, with a way back', () => {
  test('Undo brings the number back and nothing is sent', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const list = numbersListPage(page)
    const target = await signedIn.firstActive()
    await page.clock.install()

    await list.deleteButton(target.name).click()
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0)
    const toast = list.removalToast(target.name)
    await expect(toast).toBeVisible()
    await expectNoAxeViolations(page)
    await toast.getByRole('button', { name: 'Undo' }).click()

    await expect(list.rowOf(target.name)).toHaveCount(1)
    // Well past the undo window: the server must still hold the number.
    await page.clock.runFor(pastTheUndoWindow)
    await expect(list.rowOf(target.name)).toHaveCount(1)
    expect((await sandbox.requests()).filter((r) => r.method === 'DELETE')).toEqual([])
    expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)
  })

  test('the removal is sent when the undo window ends, and the timer waits while hovered', async ({
    page,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    const target = await signedIn.firstActive()
    await page.clock.install()

    await list.deleteButton(target.name).click()
    const toast = list.removalToast(target.name)
    await toast.hover()
    await page.clock.runFor(pastTheUndoWindow)
    // Still hovered: still undoable, still on the server.
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible()
    expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)

    await page.mouse.move(0, 0)
    await page.clock.runFor(pastTheUndoWindow)
    await expect(toast).toHaveCount(0)
    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0)
  })

  test('leaving the page at once still removes the number', async ({ page, signedIn }) => {
    const target = await signedIn.firstActive()

    await numbersListPage(page).deleteButton(target.name).click()
    await page.goto('about:blank')

    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
  })

  test('a removal the server refuses puts the row back with the reason', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    const target = await signedIn.firstActive()

    await list.deleteButton(target.name).click()
    await sandbox.setFaults({ errorRate: 1 })
    await list.removalToast(target.name).getByRole('button', { name: 'Dismiss' }).click()
    await expect(list.removalFailure(target.name)).toBeVisible()
    await expect(list.rowOf(target.name)).toHaveCount(1)
  })
})
