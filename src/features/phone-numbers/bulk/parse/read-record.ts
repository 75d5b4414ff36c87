import { type Columns } from './detect-header'
import { cleanNameText, countDigits, cleanNumberText } from './clean-cells'
import { findNumberInText, type FoundNumber } from './find-number-in-text'
import { type CandidateMemo } from './candidate-memo'

export interface ReadRecord extends FoundNumber {
  /** The columns this record was read with, when it had several cells. */
  columns: Columns | null
}

// Only the characters of a written-out number: such a cell is the number without parsing it.
const PLAIN_NUMBER = /^[\d\s+().\-/]+$/
const LETTER = /\p{L}/u
// Seven digits is the shortest thing worth parsing as a candidate: a local number.
const CANDIDATE_DIGITS = 7

/**
 * The number and name of one record (its cells already trimmed). A record with one cell had
 * no delimiter: the number is found in its text. With columns (a header, or the user's
 * choice) they are used as given; without, the cell that is a phone number is the number,
 * so `name, number` and `number, name` lines can be mixed in one paste.
 */
export function readRecord(
  cells: readonly string[],
  columns: Columns | null,
  memo: CandidateMemo,
): ReadRecord {
  const only = cells.length === 1 ? cells[0] : undefined
  if (only !== undefined) return withColumns(findNumberInText(only, memo), null)
  if (columns) {
    const name = columns.name === null ? '' : (cells[columns.name] ?? '')
    return {
      numberText: cleanNumberText(cells[columns.number] ?? ''),
      nameText: cleanNameText(name),
      columns,
    }
  }
  const number = numberCell(cells, memo)
  const numberCellText = number === null ? undefined : cells[number]
  if (number === null || numberCellText === undefined) {
    // No number in its own cell ("Smith, Jane 415-555-2671", "Jane, call 415…"): read the
    // line as text, so the name keeps everything that is not the number.
    const text = cells.filter((cell) => cell !== '').join(', ')
    return withColumns(findNumberInText(text, memo), null)
  }
  const name = cells.findIndex((cell, index) => index !== number && cell !== '')
  return {
    numberText: cleanNumberText(numberCellText),
    nameText: name === -1 ? '' : cleanNameText(cells[name] ?? ''),
    columns: { number, name: name === -1 ? null : name },
  }
}

function withColumns(found: FoundNumber, columns: Columns | null): ReadRecord {
  return { numberText: found.numberText, nameText: found.nameText, columns }
}

/** Which cell is the number, or null when none is on its own. Parses only when in doubt. */
function numberCell(cells: readonly string[], memo: CandidateMemo): number | null {
  const digits = cells.map(countDigits)
  let best = -1
  let candidates = 0
  digits.forEach((count, index) => {
    if (count > 0 && (best === -1 || count > (digits[best] ?? 0))) best = index
    if (count >= CANDIDATE_DIGITS) candidates++
  })
  const bestText = cells[best]
  if (bestText === undefined) return null
  // The common case: one cell of digits and punctuation, every other cell mostly words.
  if (PLAIN_NUMBER.test(bestText) && (candidates <= 1 || (digits[best] ?? 0) < CANDIDATE_DIGITS)) {
    return best
  }
  const byDigits = digits
    .map((count, index) => ({ count, index }))
    .filter(({ count }) => count >= CANDIDATE_DIGITS)
    .sort((a, b) => b.count - a.count)
  for (const { index } of byDigits) if (memo.parse(cells[index] ?? '').ok) return index
  // None is valid: a cell with letters around its digits may hide the number in text;
  // otherwise the cell with the most digits is the number, to be explained.
  return LETTER.test(bestText) ? null : best
}
