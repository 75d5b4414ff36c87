import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal'

import { sheetText } from './spreadsheet-text'
import { type ReadWorkbook } from './workbook-sheet'

const SAVE_AS = 'Open it in Excel and save it as .xlsx or CSV, then choose it again.'

/**
 * The filled sheets of an Excel workbook (.xlsx), each as paste text or why it cannot be read.
 * Import this module with `import()` only: it brings the Excel reader with it.
 */
export async function readWorkbook(fileName: string, data: ArrayBuffer): Promise<ReadWorkbook> {
  const name = `“${fileName}”`
  let sheets: { sheet: string; data: unknown[][] }[]
  try {
    // Numbers as the text the file stores, so that no digit goes through a float.
    sheets = await readXlsxFile(data, { parseNumber: (stored) => ({ stored }) })
  } catch (error) {
    if (error instanceof InvalidInputError && error.code === 'XLS_FILE_NOT_SUPPORTED') {
      return { ok: false, message: `${name} is an old Excel file (.xls). ${SAVE_AS}` }
    }
    return { ok: false, message: `${name} could not be read as an Excel workbook. ${SAVE_AS}` }
  }
  const filled = sheets.filter(({ data: rows }) =>
    rows.some((row) => row.some((cell) => cell !== null)),
  )
  if (filled.length === 0) return { ok: false, message: `${name} has no filled cells.` }
  return {
    ok: true,
    sheets: filled.map(({ sheet, data: rows }) => ({ name: sheet, read: sheetText(sheet, rows) })),
  }
}
