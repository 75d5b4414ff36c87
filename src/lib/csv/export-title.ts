/**
 * Our own exports open with one line saying what they hold ("# Numbers Console export of
 * Rivera Plumbing: 3 selected numbers, 2026-12-01"). It is not a record: a reader of the
 * file (Bulk add) drops it, by this exact start, so a name that merely begins with "#"
 * is still read. Spreadsheets show it as the first cell, above the column titles.
 */
export const EXPORT_TITLE_START = '# Numbers Console export'

// The line as written (one cell, quoted when it holds a comma) or as a spreadsheet saves it
// again (with empty cells after it); only at the very start of the text, never further down.
const TITLE_LINE = /^"?# Numbers Console export\b[^\r\n]*/

/** `text` with our export's title line blanked (the line stays, so line numbers do too). */
export function withoutExportTitle(text: string): string {
  return text.replace(TITLE_LINE, '')
}
