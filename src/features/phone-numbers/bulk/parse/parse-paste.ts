import Papa from 'papaparse'

import { withoutExportTitle } from '@/lib/csv/export-title'

import { type Columns, detectHeader } from './detect-header'
import { createCandidateMemo } from './candidate-memo'
import { type PastedRow } from './pasted-row'
import { readRecord } from './read-record'

export type { Columns } from './detect-header'

export interface ParsePasteOptions {
  /** 'auto' (the default): the header's columns if there is one, else the number is found per line. */
  columns?: Columns | 'auto' | undefined
  /** Whether the first non-blank line is a header; 'auto' (the default) knows one by its words. */
  header?: boolean | 'auto' | undefined
}

export interface ParsedPaste {
  rows: PastedRow[]
  /** The header's cells, when the first non-blank line was one (it is not a row). */
  header: string[] | null
  delimiter: string
  /** The columns used, or the most common choice when each line was read on its own. */
  columns: Columns
  /** The most cells on any line: swapping columns only makes sense with two or more. */
  columnCount: number
}

// Tab first: a spreadsheet copy is tab-separated, and its names may hold commas; on a tie
// (every line has one of each) the first candidate wins.
const DELIMITERS = ['\t', ',', ';', '|']
const BYTE_ORDER_MARK = /^\uFEFF/
const LINE_ENDS = /\r\n?/g
const BLANK = /^[\s\p{Cf}]*$/u
const SAMPLE_LINES = 10

/**
 * Reads pasted text into rows, one per record, with a real CSV parser: quoted fields may hold
 * delimiters and line breaks. Blank lines are skipped; `line` is where each record starts.
 */
export function parsePaste(text: string, options: ParsePasteOptions = {}): ParsedPaste {
  // Our own export's title line ("# Numbers Console export of …") is no record, nor the header.
  const unmarked = withoutExportTitle(text.replace(BYTE_ORDER_MARK, ''))
  const source = unmarked.includes('\r') ? unmarked.replace(LINE_ENDS, '\n') : unmarked
  const lines = source.split('\n')
  const delimiter = guessDelimiter(lines)
  const records = parseRecords(source, delimiter)
  const explicit = typeof options.columns === 'object' ? options.columns : null
  const rows: PastedRow[] = []
  const memo = createCandidateMemo()
  const choices = new Map<number, { columns: Columns; count: number }>()
  let header: string[] | null = null
  let columns = explicit
  let decided = options.header === false
  let columnCount = 0
  let line = 1
  for (const cells of records) {
    const start = line
    line += 1
    let blank = true
    // One pass per record, trimming in place: this loop runs for every line of the paste.
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] ?? ''
      line += countLineBreaks(cell)
      const trimmed = cell.trim()
      cells[i] = trimmed
      if (blank && trimmed !== '' && !BLANK.test(trimmed)) blank = false
    }
    if (blank) continue
    columnCount = Math.max(columnCount, cells.length)
    if (!decided) {
      decided = true
      const headerColumns = detectHeader(cells)
      if (options.header === true || headerColumns) {
        header = cells
        columns ??= headerColumns
        continue
      }
    }
    const read = readRecord(cells, columns, memo)
    if (read.columns && !explicit) tally(choices, read.columns)
    const raw =
      start === line - 1 ? (lines[start - 1] ?? '') : lines.slice(start - 1, line - 1).join('\n')
    const { numberText, nameText } = read
    rows.push({ line: start, raw, numberText, nameText, phone: memo.take(numberText) })
  }
  const common = mostCommon(choices) ?? { number: 0, name: columnCount > 1 ? 1 : null }
  return { rows, header, delimiter, columns: columns ?? common, columnCount }
}

function parseRecords(source: string, delimiter: string): string[][] {
  const quoted = Papa.parse<string[]>(source, { delimiter, newline: '\n' })
  if (!quoted.errors.some((error) => error.type === 'Quotes')) return quoted.data
  // A stray quote (`"Jane" 415…`, an unclosed `"`) would swallow every line after it into one
  // field. Read the paste again with quotes as ordinary characters: nothing is lost.
  const quoteChar =
    ['\uE000', '\uE001', '\uE002'].find((char) => !source.includes(char)) ?? '\uE003'
  return Papa.parse<string[]>(source, { delimiter, newline: '\n', quoteChar }).data
}

/** Papa's guess on the first non-blank lines, or, when lines differ in shape, the most used. */
function guessDelimiter(lines: readonly string[]): string {
  const sample: string[] = []
  for (const line of lines) {
    if (!BLANK.test(line)) sample.push(line)
    if (sample.length === SAMPLE_LINES) break
  }
  const guess = Papa.parse<string[]>(sample.join('\n'), {
    delimitersToGuess: DELIMITERS,
    newline: '\n',
    preview: SAMPLE_LINES,
  })
  if (!guess.errors.some((error) => error.code === 'UndetectableDelimiter')) {
    return guess.meta.delimiter
  }
  let best = ','
  let bestCount = 0
  for (const delimiter of DELIMITERS) {
    const count = sample.filter((line) => line.includes(delimiter)).length
    if (count > bestCount) [best, bestCount] = [delimiter, count]
  }
  return best
}

function countLineBreaks(cell: string): number {
  let count = 0
  for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count++
  return count
}

function tally(choices: Map<number, { columns: Columns; count: number }>, columns: Columns) {
  const key = columns.number * 100_000 + (columns.name ?? 99_999)
  const entry = choices.get(key)
  if (entry) entry.count++
  else choices.set(key, { columns, count: 1 })
}

function mostCommon(choices: ReadonlyMap<number, { columns: Columns; count: number }>) {
  let best: { columns: Columns; count: number } | undefined
  for (const entry of choices.values()) if (!best || entry.count > best.count) best = entry
  return best?.columns
}
