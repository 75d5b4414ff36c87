// OWASP's CSV injection list: a cell starting with one of these is read as a formula by Excel,
// LibreOffice or Google Sheets, and a formula can run commands (DDE) or send data away
// (HYPERLINK, WEBSERVICE).
const FORMULA_START = /^[=+\-@\t\r]/
// "+" and digits only, like an E.164 number: a spreadsheet reads it as a number at worst, never
// as a formula that calls anything, so it is written as it is and the column stays E.164.
const PLUS_AND_DIGITS = /^\+\d+$/
// RFC 4180 quoting, plus leading or trailing whitespace, which some readers trim otherwise.
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/
const QUOTES = /"/g

/**
 * One CSV field. A cell that a spreadsheet could run is prefixed with a single quote first,
 * which spreadsheets show as text: names, anything starting "=", "@", "-", tab or CR, and "+"
 * followed by anything but digits ("+cmd|…"). Negative numbers ("-2") get the prefix too,
 * which is fine for this app's data.
 */
export function toCsvCell(value: string): string {
  const safe = FORMULA_START.test(value) && !PLUS_AND_DIGITS.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(QUOTES, '""')}"` : safe
}
