import { groupedCount } from '@/lib/format/grouped-count'

import { spreadsheetNumber } from './spreadsheet-number'
import { type SheetText } from './workbook-sheet'

// A cell holding any of these is quoted, so that the paste's reader splits on tabs alone.
const NEEDS_QUOTES = /[\t,;|"\r\n]/
// The cells of an uncertain number named in the message; more are counted.
const NAMED_CELLS = 3

/**
 * A sheet's rows as the text a paste of them would be: one line a row (blank rows kept, so
 * that line N is row N), cells separated by tabs and quoted as CSV quotes them. The paste's
 * own reader then gets back exactly these cells, and every rule for a pasted or CSV list
 * (the header, the columns, never a wrong number) applies to the sheet unchanged.
 */
export function sheetText(sheetName: string, rows: readonly (readonly unknown[])[]): SheetText {
  const lines: string[] = []
  const uncertain: string[] = []
  rows.forEach((row, rowIndex) => {
    const cells = row.map((cell, columnIndex) => {
      const read = cellText(cell)
      if (read.ok) return quoted(read.text)
      uncertain.push(`${columnName(columnIndex)}${rowIndex + 1} ${read.reason}`)
      return ''
    })
    lines.push(cells.join('\t'))
  })
  if (uncertain.length === 0) return { ok: true, text: `${lines.join('\n')}\n` }
  const named = uncertain.slice(0, NAMED_CELLS).join('; ')
  const more = uncertain.length - NAMED_CELLS
  const others = more > 0 ? ` (and ${groupedCount(more)} more)` : ''
  return {
    ok: false,
    message:
      `On “${sheetName}”, cell ${named}${others}: its digits are not certain, so the sheet was ` +
      'not read. Type those numbers in again formatted as text, or fix them, and choose the file again.',
  }
}

/**
 * A cell as the reader hands it over (null, text, a boolean, a date, or a number as the text
 * the file stores it in), checked by hand rather than with zod: zod in the reader's chunk
 * would split zod out of the first visit's scripts and cost every visit a kilobyte.
 */
function cellText(cell: unknown): { ok: true; text: string } | { ok: false; reason: string } {
  if (cell === null || cell === undefined) return { ok: true, text: '' }
  if (typeof cell === 'string') return { ok: true, text: cell }
  if (typeof cell === 'boolean') return { ok: true, text: cell ? 'TRUE' : 'FALSE' }
  if (cell instanceof Date) return dateText(cell)
  if (typeof cell === 'object' && 'stored' in cell && typeof cell.stored === 'string') {
    return spreadsheetNumber(cell.stored)
  }
  return { ok: false, reason: 'holds a value that could not be read' }
}

/** A date as the sheet shows it, day first in ISO order; a time only when it has one. */
function dateText(date: Date): { ok: true; text: string } | { ok: false; reason: string } {
  const time = date.getTime()
  // A phone number formatted as a date is a date thousands of years away: not a date at all.
  if (Number.isNaN(time) || date.getUTCFullYear() < 1900 || date.getUTCFullYear() > 9999) {
    return { ok: false, reason: 'is formatted as a date, but is not one' }
  }
  const iso = date.toISOString()
  const clock = iso.slice(11, 16)
  return { ok: true, text: clock === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${clock}` }
}

function quoted(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** A, B, …, Z, AA, AB, …: the column's name in a spreadsheet. */
function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  }
  return name
}
