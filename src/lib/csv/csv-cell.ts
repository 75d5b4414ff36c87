// OWASP's CSV injection list: a cell starting with one of these is read as a formula by Excel,
// LibreOffice or Google Sheets, and a formula can run commands (DDE) or send data away
// (HYPERLINK, WEBSERVICE).
const FORMULA_START = /^[=+\-@\t\r]/
// RFC 4180 quoting, plus leading or trailing whitespace, which some readers trim otherwise.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/
const QUOTES = /"/g

/**
 * One CSV field. A cell that a spreadsheet would run is prefixed with a single quote first,
 * which spreadsheets show as text. That includes every E.164 number: "+14155552671" is written
 * as "'+14155552671". Intended: without it Excel reads the number as the formula +14155552671,
 * shows 14155552671 and drops the plus, and this guard cannot tell a phone number from
 * "+cmd|…". Negative numbers ("-2") get the same prefix, which is fine for this app's data.
 */
export function toCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTES, '""')}"` : safe
}
