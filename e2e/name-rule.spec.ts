import { pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { openAddForm, openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

// One name rule for the add and edit form and for Bulk add (decision 0010): the name is
// optional; left blank, the number as the list shows it is sent as the name, so Thumbtack
// (and the sandbox, which requires a name as Thumbtack does) always gets one. Both forms
// say so in the same words, tied to the name field.

const RULE = 'The name is optional. Left blank, the number itself becomes the name.'
const saysTheRule = new RegExp(RULE.replace(/[.]/g, '\\.'))

test.describe('one name rule', () => {
  test('Add number: a blank name saves the number under its own formatted number', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const list = numbersListPage(page)
    const form = await openAddForm(page)
    await expect(form.name).toHaveAccessibleDescription(saysTheRule)
    await expect(form.dialog.getByText(RULE)).toBeVisible()
    await expectNoAxeViolations(page)

    await form.phone.fill('415 555 0166')
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    await expect(list.toast('Added (415) 555-0166.')).toBeVisible()
    await expect(list.rowOf('(415) 555-0166').locator('[data-field="name"]')).toHaveText(
      '(415) 555-0166',
    )
    expect(await signedIn.withNumber('+14155550166')).toMatchObject({
      name: '(415) 555-0166',
      isDeleted: false,
    })
  })

  test('Edit: clearing the name falls back to the number', async ({ page, signedIn }) => {
    const list = numbersListPage(page)
    const target = await signedIn.withNumber('+14155550142')
    const form = await openEditForm(page, target.name)
    await expect(form.name).toHaveAccessibleDescription(saysTheRule)
    await form.name.fill('')
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    await expect(list.rowOf(target.name)).toHaveCount(0)
    await expect(list.rowOf('(415) 555-0142').locator('[data-field="name"]')).toHaveText(
      '(415) 555-0142',
    )
    expect((await signedIn.byID(target.phoneNumberID))?.name).toBe('(415) 555-0142')
  })

  test('Bulk add says the same words, tied to each name field, and follows the same rule', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const bulk = await openBulkAdd(page)
    await pasteText(page, ['4155550177', 'Front desk, 415 555 0178'].join('\n'))
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await expect(bulk.dialog.getByText(RULE, { exact: true })).toBeVisible()
    await expect(bulk.nameField(1)).toHaveAccessibleDescription(saysTheRule)
    await expect(bulk.nameField(2)).toHaveAccessibleDescription(saysTheRule)
    await expectNoAxeViolations(page)

    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 2 numbers.')
    expect(await signedIn.withNumber('+14155550177')).toMatchObject({ name: '(415) 555-0177' })
    expect(await signedIn.withNumber('+14155550178')).toMatchObject({ name: 'Front desk' })
  })
})
