import { type WorkbookSheet } from '../parse/workbook-sheet'

/** The largest file read: far above any honest list of numbers (100,000 lines is about 3 MB). */
export const MAX_FILE_BYTES = 5 * 1024 * 1024

const WORKBOOK_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export const ACCEPTED_FILES = `.csv,.tsv,.txt,.xlsx,text/csv,text/plain,${WORKBOOK_TYPE}`

const TEXT_EXTENSION = /\.(?:csv|tsv|txt)$/i
const WORKBOOK_EXTENSION = /\.xlsx$/i
// Judged by its type only when its name says nothing else. Windows calls a .csv Excel's
// "application/vnd.ms-excel" when Excel is installed, but an old .xls file is that too: such a
// file is taken by its extension alone.
const TEXT_TYPES = new Set(['text/csv', 'text/plain', 'text/tab-separated-values'])

/** What to do with a kind of file nobody can read here: make a CSV of it. */
export const SAVE_AS_CSV =
  'To make a CSV: in Excel, File › Save As › CSV UTF-8; in Numbers, File › Export To › CSV; ' +
  'in Google Sheets, File › Download › Comma-separated values (.csv).'

export type FileKind = 'text' | 'workbook'
export type FileCheck = { ok: true; kind: FileKind } | { ok: false; message: string }

function kindOf(file: Pick<File, 'name' | 'type'>): FileKind | null {
  if (TEXT_EXTENSION.test(file.name)) return 'text'
  if (WORKBOOK_EXTENSION.test(file.name)) return 'workbook'
  if (TEXT_TYPES.has(file.type)) return 'text'
  if (file.type === WORKBOOK_TYPE && !file.name.includes('.')) return 'workbook'
  return null
}

/** Whether a chosen or dropped file can be read as a paste, and why not in the user's words. */
export function checkPastedFile(file: Pick<File, 'name' | 'size' | 'type'>): FileCheck {
  const name = `“${file.name}”`
  const kind = kindOf(file)
  if (kind === null) {
    return {
      ok: false,
      message: `${name} can’t be read here. Choose a .csv, .tsv, .txt or .xlsx file. ${SAVE_AS_CSV}`,
    }
  }
  if (file.size > MAX_FILE_BYTES) {
    // Rounded up: a file just over the limit must not read as "5.0 MB".
    const megabytes = (Math.ceil((file.size / (1024 * 1024)) * 10) / 10).toFixed(1)
    return {
      ok: false,
      message: `${name} is ${megabytes} MB, over the 5 MB limit. Split it, or paste part of it.`,
    }
  }
  if (file.size === 0) return { ok: false, message: `${name} is empty.` }
  return { ok: true, kind }
}

export type ChosenFile =
  | { ok: true; kind: 'text'; text: string }
  | { ok: true; kind: 'workbook'; sheets: WorkbookSheet[] }
  | { ok: false; message: string }

/** The file's text, or an Excel workbook's sheets, or why it cannot be read. */
export async function readPastedFile(file: File): Promise<ChosenFile> {
  const check = checkPastedFile(file)
  if (!check.ok) return check
  const unreadable = `“${file.name}” could not be read. Try choosing it again.`
  if (check.kind === 'workbook') {
    let data: ArrayBuffer
    try {
      data = await file.arrayBuffer()
    } catch {
      return { ok: false, message: unreadable }
    }
    // Loaded on the first workbook chosen, with the Excel reader: neither comes with the dialog.
    const { readWorkbook } = await import('../parse/read-workbook')
    const read = await readWorkbook(file.name, data)
    return read.ok ? { ok: true, kind: 'workbook', sheets: read.sheets } : read
  }
  try {
    // Line ends as a text area keeps them (it turns \r\n into \n), so that the draft's line
    // numbers and the text on screen always agree.
    return { ok: true, kind: 'text', text: (await file.text()).replace(/\r\n?/g, '\n') }
  } catch {
    return { ok: false, message: unreadable }
  }
}
