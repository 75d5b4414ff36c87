import writeXlsxFile, { type SheetData } from 'write-excel-file/node'

import { parseAndCheck } from './parse-and-check'
import { readWorkbook } from './read-workbook'

async function workbook(sheets: { sheet: string; data: SheetData }[]): Promise<ArrayBuffer> {
  const bytes = await writeXlsxFile(sheets).toBuffer()
  return new Uint8Array(bytes).buffer
}

async function sheetsOf(data: ArrayBuffer) {
  const read = await readWorkbook('crew.xlsx', data)
  if (!read.ok) throw new Error(read.message)
  return read.sheets
}

const registered = new Set<string>()

describe('readWorkbook', () => {
  it('reads every filled sheet, in order, as paste text the bulk reader takes as it would a CSV', async () => {
    const data = await workbook([
      {
        sheet: 'Crew',
        data: [
          ['Technician', 'Phone number (E.164)', 'Started'],
          [
            'Smith, Jane',
            '+14155552671',
            { value: new Date(Date.UTC(2026, 0, 5)), format: 'yyyy-mm-dd' },
          ],
          // Numbers stored as numbers, not text: their exact digits.
          ['Ortiz "Sam"', 4155552672, null],
          ['Lee | Solar', 14155552673, true],
        ],
      },
      { sheet: 'Empty', data: [[null]] },
      { sheet: 'Office', data: [[4155550142], [4155550143]] },
    ])
    const sheets = await sheetsOf(data)
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Crew', 'Office'])
    const [crew, office] = sheets
    if (!crew?.read.ok || !office?.read.ok) throw new Error('not read')

    const paste = parseAndCheck(crew.read.text, { registered })
    expect(paste.header).toEqual(['Technician', 'Phone number (E.164)', 'Started'])
    expect(
      paste.rows.map(({ line, name, e164, status }) => ({ line, name, e164, status })),
    ).toEqual([
      { line: 2, name: 'Smith, Jane', e164: '+14155552671', status: 'ready' },
      { line: 3, name: 'Ortiz "Sam"', e164: '+14155552672', status: 'ready' },
      { line: 4, name: 'Lee | Solar', e164: '+14155552673', status: 'ready' },
    ])
    expect(crew.read.text.split('\n')[1]).toBe('"Smith, Jane"\t+14155552671\t2026-01-05')

    const officeRows = parseAndCheck(office.read.text, { registered }).rows
    expect(officeRows.map((row) => row.e164)).toEqual(['+14155550142', '+14155550143'])
  })

  it('keeps blank rows, so that line N of the preview is row N of the sheet', async () => {
    const sheets = await sheetsOf(
      await workbook([{ sheet: 'S', data: [['Jane', 4155552671], [], [], ['Eli', 4155552674]] }]),
    )
    const read = sheets[0]?.read
    if (!read?.ok) throw new Error('not read')
    expect(parseAndCheck(read.text, { registered }).rows.map((row) => row.line)).toEqual([1, 4])
  })

  it('refuses a sheet with a number that is not certain, naming the cell, and reads no guess', async () => {
    const sheets = await sheetsOf(
      await workbook([
        {
          sheet: 'Crew',
          data: [
            ['Jane', 4155552671],
            ['Eli', 1415555267.1],
          ],
        },
        { sheet: 'Office', data: [['Desk', 4155550142]] },
      ]),
    )
    expect(sheets[0]?.read).toEqual({
      ok: false,
      message:
        'On “Crew”, cell B2 holds 1415555267.1, not a whole number: its digits are not certain, so the ' +
        'sheet was not read. Type those numbers in again formatted as text, or fix them, and choose the file again.',
    })
    expect(sheets[1]?.read.ok).toBe(true)
  })

  it('keeps foreign numbers foreign: a +44 number in a sheet is refused as in a paste', async () => {
    const sheets = await sheetsOf(
      await workbook([
        {
          sheet: 'S',
          data: [
            ['Name', 'Phone'],
            ['London', '+44 20 7946 0958'],
          ],
        },
      ]),
    )
    const read = sheets[0]?.read
    if (!read?.ok) throw new Error('not read')
    const [row] = parseAndCheck(read.text, { registered }).rows
    expect(row).toMatchObject({ status: 'needs-fixing', e164: null })
    expect(
      row?.status === 'needs-fixing' && row.problems.map((problem) => problem.message),
    ).toEqual(['Only US numbers can be registered.'])
  })

  it('says what to do with a file that is not a workbook, or one with nothing in it', async () => {
    const notZip = new TextEncoder().encode('Jane,415-555-2671').buffer
    expect(await readWorkbook('crew.xlsx', notZip)).toEqual({
      ok: false,
      message:
        '“crew.xlsx” could not be read as an Excel workbook. Open it in Excel and save it as .xlsx or CSV, then choose it again.',
    })
    expect(
      await readWorkbook('blank.xlsx', await workbook([{ sheet: 'S', data: [[null]] }])),
    ).toEqual({
      ok: false,
      message: '“blank.xlsx” has no filled cells.',
    })
  })
})
