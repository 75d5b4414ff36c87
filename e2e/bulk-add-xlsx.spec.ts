import { type Page } from '@playwright/test'
import writeXlsxFile from 'write-excel-file/node'

import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** A workbook as Excel saves one: a crew sheet with a header row, and an office sheet. */
async function crewWorkbook(): Promise<Buffer> {
  const bytes = await writeXlsxFile([
    {
      sheet: 'Crew',
      data: [
        ['Technician', 'Mobile #'],
        // Stored as numbers, the way Excel keeps a number typed without formatting.
        ['Xlsx Ana', 3128400001],
        ['Xlsx Ben', 13128400002],
        ['Xlsx Cy', '(312) 840-0003'],
      ],
    },
    { sheet: 'Office', data: [['Front desk', 3128410001]] },
  ]).toBuffer()
  return Buffer.from(bytes)
}

/** Bulk add opened, crew.xlsx chosen with the file button: the dialog and its sheet picker. */
async function chooseCrewWorkbook(page: Page) {
  const bulk = await openBulkAdd(page)
  const choosing = page.waitForEvent('filechooser')
  await bulk.dialog.getByRole('button', { name: 'Choose file' }).click()
  await (
    await choosing
  ).setFiles({ name: 'crew.xlsx', mimeType: XLSX, buffer: await crewWorkbook() })
  return { bulk, sheet: bulk.dialog.getByRole('combobox', { name: 'Sheet of “crew.xlsx”' }) }
}

test.describe('bulk add: Excel workbooks', () => {
  test('an .xlsx with a header row and two sheets: pick the sheet, preview, add, listed', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { active } = signedIn
    const { bulk, sheet } = await chooseCrewWorkbook(page)
    await expect(sheet).toHaveValue('0')
    await expect(sheet.getByRole('option')).toHaveText(['Crew', 'Office'])
    await expect(bulk.headerCheckbox).toBeChecked()
    await expect(bulk.addButton).toHaveText('Add 3 numbers')
    await expect(bulk.nameField(2)).toHaveValue('Xlsx Ana')
    await expect(bulk.numberField(2)).toHaveValue('3128400001')
    await expect(bulk.numberField(3)).toHaveValue('13128400002')
    await expect(bulk.numberField(4)).toHaveValue('(312) 840-0003')
    await expectNoAxeViolations(page)

    // The keyboard alone moves between sheets: each is read as a new paste.
    await sheet.focus()
    await page.keyboard.press('ArrowDown')
    await expect(sheet).toHaveValue('1')
    await expect(bulk.addButton).toHaveText('Add 1 number')
    await expect(bulk.nameField(1)).toHaveValue('Front desk')
    await page.keyboard.press('ArrowUp')
    await expect(sheet).toHaveValue('0')
    await expect(bulk.addButton).toHaveText('Add 3 numbers')

    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 3 numbers.')
    expect(await active()).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phoneNumber: '+13128400001', name: 'Xlsx Ana' }),
        expect.objectContaining({ phoneNumber: '+13128400002', name: 'Xlsx Ben' }),
        expect.objectContaining({ phoneNumber: '+13128400003', name: 'Xlsx Cy' }),
      ]),
    )
    await page.keyboard.press('Escape')
    await expect(bulk.dialog).toBeHidden()
    const list = numbersListPage(page)
    for (const name of ['Xlsx Ana', 'Xlsx Ben', 'Xlsx Cy']) {
      await expect(list.rowOf(name)).toBeVisible()
    }
    await expect(list.rowOf('Front desk')).toHaveCount(0)
  })

  test('fixes made on one sheet are still there when that sheet is chosen again', async ({
    page,
    signedIn,
  }) => {
    const { active } = signedIn
    const { bulk, sheet } = await chooseCrewWorkbook(page)
    await expect(bulk.nameField(3)).toHaveValue('Xlsx Ben')

    // A fix and a removal on Crew, then a look at Office.
    await bulk.nameField(3).fill('Xlsx Benjamin')
    await bulk.remove(4).click()
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await sheet.selectOption('Office')
    await expect(bulk.nameField(1)).toHaveValue('Front desk')
    await expect(bulk.addButton).toHaveText('Add 1 number')

    // Back on Crew, both are as they were left.
    await sheet.selectOption('Crew')
    await expect(bulk.nameField(3)).toHaveValue('Xlsx Benjamin')
    await expect(bulk.nameField(4)).toHaveCount(0)
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 2 numbers.')
    const names = (await active()).map((number) => number.name)
    expect(names).toEqual(expect.arrayContaining(['Xlsx Ana', 'Xlsx Benjamin']))
    expect(names).not.toContain('Xlsx Cy')
    expect(names).not.toContain('Front desk')
  })

  test('a type that cannot be read says which can, and how to save as CSV', async ({
    page,
    signedIn: _,
  }) => {
    const bulk = await openBulkAdd(page)
    const input = bulk.dialog.locator('input[type="file"]')
    for (const [name, mimeType] of [
      ['crew.xls', 'application/vnd.ms-excel'],
      ['crew.numbers', 'application/x-iwork-numbers-sffnumbers'],
    ] as const) {
      await input.setInputFiles({ name, mimeType, buffer: Buffer.from('PK\u0003\u0004') })
      await expect(bulk.dialog.getByRole('alert')).toHaveText(
        `“${name}” can’t be read here. Choose a .csv, .tsv, .txt or .xlsx file. To make a CSV: in ` +
          'Excel, File › Save As › CSV UTF-8; in Numbers, File › Export To › CSV; in Google Sheets, ' +
          'File › Download › Comma-separated values (.csv).',
      )
    }
    // Named .xlsx but not a workbook: refused with what to do, nothing read.
    await input.setInputFiles({ name: 'fake.xlsx', mimeType: XLSX, buffer: Buffer.from('a,b') })
    await expect(bulk.dialog.getByRole('alert')).toHaveText(
      '“fake.xlsx” could not be read as an Excel workbook. Open it in Excel and save it as .xlsx or CSV, then choose it again.',
    )
    await expect(bulk.paste).toHaveValue('')
  })
})
