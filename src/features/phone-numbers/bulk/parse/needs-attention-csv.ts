import { buildCsv } from '@/lib/csv/build-csv'

import { type CheckedRow } from './checked-row'

/** One row to fix: a row the preview flags, or one Thumbtack refused (its message as reason). */
export interface AttentionCsvRow {
  line: number
  raw: string
  numberText: string
  nameText: string
  reason: string
}

// The number and name columns carry these header words, so the file, once fixed in a
// spreadsheet, can be pasted back and read with the right columns.
const HEADER = ['Line', 'What was read', 'Phone number', 'Name', 'Reason']

/**
 * "Download rows that need attention": formula-safe (every cell through toCsvCell, so a
 * pasted `=HYPERLINK(…)` stays text) and with a byte order mark for Excel.
 */
export function needsAttentionCsv(rows: readonly AttentionCsvRow[]): string {
  return buildCsv(
    HEADER,
    rows.map((row) => [String(row.line), row.raw, row.numberText, row.nameText, row.reason]),
    { bom: true },
  )
}

/** The preview's reason for a row, in words: every problem, or why it is skipped. */
export function reasonFor(row: CheckedRow): string {
  switch (row.status) {
    case 'needs-fixing':
      return row.problems.map((problem) => problem.message).join(' ')
    case 'repeated':
      return `Repeats line ${row.repeatsLine}.`
    case 'already-registered':
      return 'Already registered to this business.'
    case 'ready':
      return ''
  }
}

/** The rows of the preview still needing a fix, as CSV rows. */
export function attentionRowsOf(rows: readonly CheckedRow[]): AttentionCsvRow[] {
  return rows
    .filter((row) => row.status === 'needs-fixing')
    .map((row) => ({
      line: row.line,
      raw: row.raw,
      numberText: row.numberText,
      nameText: row.nameText,
      reason: reasonFor(row),
    }))
}
