import { type Locator, type Page } from '@playwright/test'

import { pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { bulkDialog, openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'

// Pat Rivera's business already has +14155552671 ("Pat Rivera – mobile") active.
const WITH_HEADER = [
  'Name,Phone',
  'Jane Smith,415-555-0111',
  'Bob Lee,(415) 555-0112',
  'Bad Number,415-555-01',
  'Repeat Jane,415.555.0111',
  'Pat again,415-555-2671',
  ',415-555-0113',
].join('\n')

const HEADERLESS = [
  'Jane Smith, 415-555-0121',
  '415-555-0122, Bob Lee',
  '4155550123',
  'Ana Ruiz 415 555 0124',
  '415.555.0125 - Van 3',
  'Jane Smith 415-555-2671',
].join('\n')

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press('Tab')
  }
  await expect(target).toBeFocused()
}

test.describe('bulk add: reading a paste', () => {
  test('a paste with a header: each row read, judged and added', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { active } = signedIn
    const before = await active()
    const bulk = await openBulkAdd(page)
    await expect(page).toHaveURL(/\/numbers\/bulk$/)
    await expect(bulk.paste).toBeFocused()
    await expect(bulk.addButton).toBeDisabled()
    await expectNoAxeViolations(page)

    await pasteText(page, WITH_HEADER)
    await expect(bulk.summary).toHaveText(
      '6 rows: 3 ready, 1 needs fixing, 1 repeated in this paste, 1 already registered',
    )
    await expect(bulk.headerCheckbox).toBeChecked()
    await expect(bulk.status(2)).toHaveText('Ready')
    await expect(bulk.row(2)).toContainText('+14155550111')
    await expect(bulk.row(2)).toContainText('(415) 555-0111')
    await expect(bulk.nameField(2)).toHaveValue('Jane Smith')
    await expect(bulk.status(4)).toHaveText('Needs fixing')
    await expect(bulk.numberField(4)).toHaveAttribute('aria-invalid', 'true')
    await expect(bulk.numberField(4)).toHaveAccessibleDescription(/.+/)
    await expect(bulk.status(5)).toHaveText('Repeats line 2')
    await expect(bulk.status(6)).toHaveText('Already registered (skipped)')
    await expect(bulk.status(7)).toHaveText('Ready')
    await expect(bulk.row(7)).toContainText('Named (415) 555-0113 (defaulted)')
    await expect(bulk.row(2)).toContainText('Jane Smith,415-555-0111')
    await expect(bulk.addButton).toHaveText('Add 3 numbers')
    await expectNoAxeViolations(page)

    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 3 numbers.')
    const after = await active()
    expect(after).toHaveLength(before.length + 3)
    expect(after).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phoneNumber: '+14155550111', name: 'Jane Smith' }),
        expect.objectContaining({ phoneNumber: '+14155550112', name: 'Bob Lee' }),
        expect.objectContaining({ phoneNumber: '+14155550113', name: '(415) 555-0113' }),
      ]),
    )
    // The rows not added stay to fix; the list behind shows the new numbers.
    await expect(bulk.summary).toHaveText(
      '3 rows: 0 ready, 1 needs fixing, 0 repeated in this paste, 2 already registered',
    )
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(bulk.dialog).toBeHidden()
    await expect(numbersListPage(page).bulkAddLink).toBeFocused()
    await expect(page.getByText('Jane Smith')).toBeVisible()
  })

  test('a headerless mixed paste, a fix in place, a removal', async ({ page, signedIn }) => {
    const { active } = signedIn
    const before = await active()
    const bulk = await openBulkAdd(page)
    await pasteText(page, `${HEADERLESS}\nTypo Tom, 415-555-012`)
    await expect(bulk.summary).toHaveText(
      '7 rows: 5 ready, 1 needs fixing, 0 repeated in this paste, 1 already registered',
    )
    await expect(bulk.headerCheckbox).not.toBeChecked()
    const names = ['Jane Smith', 'Bob Lee', '', 'Ana Ruiz', 'Van 3']
    for (const [index, name] of names.entries()) {
      await expect(bulk.status(index + 1)).toHaveText('Ready')
      await expect(bulk.nameField(index + 1)).toHaveValue(name)
      await expect(bulk.row(index + 1)).toContainText(`+1415555012${index + 1}`)
    }
    await expect(bulk.row(3)).toContainText('(defaulted)')
    await expect(bulk.status(6)).toHaveText('Already registered (skipped)')
    await expect(bulk.status(7)).toHaveText('Needs fixing')

    await bulk.numberField(7).fill('415-555-0126')
    await expect(bulk.status(7)).toHaveText('Ready')
    await expect(bulk.addButton).toHaveText('Add 6 numbers')
    await bulk.remove(2).click()
    await expect(bulk.row(2)).toHaveCount(0)
    await expect(bulk.addButton).toHaveText('Add 5 numbers')

    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 5 numbers.')
    const added = (await active()).filter(
      (n) => !before.some((b) => b.phoneNumber === n.phoneNumber),
    )
    expect(added.map((n) => [n.phoneNumber, n.name]).sort()).toEqual([
      ['+14155550121', 'Jane Smith'],
      ['+14155550123', '(415) 555-0123'],
      ['+14155550124', 'Ana Ruiz'],
      ['+14155550125', 'Van 3'],
      ['+14155550126', 'Typo Tom'],
    ])
  })

  test('the columns can be swapped', async ({ page, signedIn: _ }) => {
    const bulk = await openBulkAdd(page)
    await pasteText(page, '415-555-0131\tSam\n415-555-0132\tAlex')
    await expect(bulk.nameField(1)).toHaveValue('Sam')
    await bulk.dialog.getByLabel('Number is in column').selectOption({ label: 'Column 2' })
    await expect(bulk.status(1)).toHaveText('Needs fixing')
    await expect(bulk.numberField(1)).toHaveValue('Sam')
    await bulk.dialog.getByRole('button', { name: 'Swap columns' }).click()
    await expect(bulk.status(1)).toHaveText('Ready')
    await expect(bulk.nameField(2)).toHaveValue('Alex')
  })

  test('by keyboard alone, on a phone-sized screen', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    const { active } = signedIn
    const before = await active()
    const bulkAdd = numbersListPage(page).bulkAddLink
    await bulkAdd.focus()
    await page.keyboard.press('Enter')
    const bulk = bulkDialog(page)
    await expect(bulk.paste).toBeFocused()
    await page.keyboard.type('Kim Lee, 415-555-0161\nBad Line, 415-555-01')
    await expect(bulk.addButton).toHaveText('Add 1 number')
    await expectNoAxeViolations(page)
    // Nothing wider than the screen.
    expect(await bulk.dialog.evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth)).toBe(0)

    await tabTo(page, bulk.numberField(2))
    await page.keyboard.press('ControlOrMeta+A')
    await page.keyboard.type('415-555-0162')
    await expect(bulk.status(2)).toHaveText('Ready')
    await tabTo(page, bulk.addButton)
    await page.keyboard.press('Enter')
    await expect(bulk.outcome).toHaveText('Added 2 numbers.')
    expect(await active()).toHaveLength(before.length + 2)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(bulk.dialog).toBeHidden()
    await expect(bulkAdd).toBeFocused()
  })
})
