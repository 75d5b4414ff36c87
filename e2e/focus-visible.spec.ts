import { test } from './support/fixtures'
import { expectVisibleFocus, tabTo } from './support/focus-ring'
import { numbersListPage } from './support/pages/numbers-list-page'

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`keyboard focus in ${colorScheme} mode`, () => {
    test.use({ colorScheme })

    test('every kind of control shows a visible focus ring', async ({ page, signedIn }) => {
      const list = numbersListPage(page)
      const first = await signedIn.firstActive()
      const onList = [
        ['link', list.addLink],
        ['searchbox', list.search],
        ['select', list.sort],
        ['checkbox', page.getByRole('checkbox', { name: 'Show removed' })],
        ['row button', list.deleteButton(first.name)],
      ] as const
      for (const [what, control] of onList) {
        await tabTo(page, control)
        await expectVisibleFocus(control, what)
      }

      await tabTo(page, list.addLink, { backwards: true })
      await page.keyboard.press('Enter')
      const dialog = page.getByRole('dialog', { name: 'Add number' })
      const inDialog = [
        ['text input', dialog.getByRole('textbox', { name: 'Phone number' })],
        ['dialog button', dialog.getByRole('button', { name: 'Save' })],
        ['dialog close button', dialog.getByRole('button', { name: 'Close' })],
      ] as const
      for (const [what, control] of inDialog) {
        await tabTo(page, control)
        await expectVisibleFocus(control, what)
      }
      await page.keyboard.press('Escape')

      await tabTo(page, list.bulkAddLink, { backwards: true })
      await page.keyboard.press('Enter')
      const textarea = page.getByRole('dialog', { name: 'Bulk add numbers' }).getByRole('textbox')
      await tabTo(page, textarea.first())
      await expectVisibleFocus(textarea.first(), 'textarea')
    })
  })
}
