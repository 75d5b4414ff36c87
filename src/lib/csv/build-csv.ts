import { toCsvCell } from './csv-cell'

export interface BuildCsvOptions {
  /** Prefix a UTF-8 byte order mark: without it Excel on Windows opens UTF-8 as ANSI. */
  bom?: boolean
  /** A line before the header saying what the file holds: one cell, formula-safe like any other. */
  title?: string
}

const BYTE_ORDER_MARK = '\uFEFF'
// RFC 4180 line ends; Excel and every other reader accept them.
const CRLF = '\r\n'

/**
 * A whole CSV document, header first, every record (the last included) ended by CRLF. Built
 * with one array join: 10,000 rows take a few milliseconds, where repeated `+=` would copy.
 */
export function buildCsv(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: BuildCsvOptions = {},
): string {
  const records =
    options.title === undefined ? [header, ...rows] : [[options.title], header, ...rows]
  const lines = records.map((cells) => cells.map(toCsvCell).join(','))
  return (options.bom === true ? BYTE_ORDER_MARK : '') + lines.join(CRLF) + CRLF
}
