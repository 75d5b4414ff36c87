import { e164Of, numberLines } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'

test.describe('bulk add: files', () => {
  test('"Choose file" reads a CSV, which is then added', async ({ page, signedIn }) => {
    const { active } = signedIn
    const before = await active()
    const bulk = await openBulkAdd(page)
    const lines = numberLines(3, { exchange: 810 })
    const csv = `Technician,Mobile #\r\n${lines.join('\r\n')}\r\n`

    const choosing = page.waitForEvent('filechooser')
    await bulk.dialog.getByRole('button', { name: 'Choose file' }).click()
    const chooser = await choosing
    expect(chooser.isMultiple()).toBe(false)
    await chooser.setFiles({ name: 'crew.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })

    await expect(bulk.paste).toHaveValue(csv.replaceAll('\r\n', '\n'))
    await expect(bulk.headerCheckbox).toBeChecked()
    await expect(bulk.nameField(2)).toHaveValue('Tech 1')
    await expect(bulk.addButton).toHaveText('Add 3 numbers')
    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 3 numbers.')
    const after = await active()
    expect(after).toHaveLength(before.length + 3)
    for (const line of lines) {
      expect(after.map((number) => number.phoneNumber)).toContain(e164Of(line))
    }
  })

  test('other files, and files over 5 MB, are refused with a reason', async ({
    page,
    signedIn: _,
  }) => {
    const bulk = await openBulkAdd(page)
    const input = bulk.dialog.locator('input[type="file"]')
    await expect(input).toHaveAttribute(
      'accept',
      '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )

    await input.setInputFiles({
      name: 'photo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
    })
    await expect(bulk.dialog.getByRole('alert')).toHaveText(
      /^“photo\.png” can’t be read here\. Choose a \.csv, \.tsv, \.txt or \.xlsx file\. To make a CSV: /,
    )
    await expect(
      bulk.dialog.getByRole('button', { name: 'Choose file' }),
    ).toHaveAccessibleDescription(/“photo\.png” can’t be read here/)

    await input.setInputFiles({
      name: 'huge.csv',
      mimeType: 'text/csv',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'a'),
    })
    await expect(bulk.dialog.getByRole('alert')).toHaveText(
      '“huge.csv” is 5.1 MB, over the 5 MB limit. Split it, or paste part of it.',
    )
    await expect(bulk.paste).toHaveValue('')
  })

  test('a file dropped on the dialog is read', async ({ page, signedIn: _ }) => {
    const bulk = await openBulkAdd(page)
    const text = 'Dropped Dana\t415-555-0151\nDropped Eli\t415-555-0152\n'
    const dataTransfer = await page.evaluateHandle((content) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([content], 'dropped.tsv', { type: 'text/tab-separated-values' }))
      return transfer
    }, text)
    await bulk.paste.dispatchEvent('dragover', { dataTransfer })
    await bulk.paste.dispatchEvent('drop', { dataTransfer })
    await expect(bulk.paste).toHaveValue(text)
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await expect(bulk.nameField(2)).toHaveValue('Dropped Eli')
  })
})
