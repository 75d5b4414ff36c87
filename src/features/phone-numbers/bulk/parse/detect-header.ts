import { z } from 'zod'

export const columnsSchema = z.object({
  /** Index of the cell holding the phone number. */
  number: z.int().min(0),
  /** Index of the cell holding the name, or null when no column is the name. */
  name: z.int().min(0).nullable(),
})
export type Columns = z.infer<typeof columnsSchema>

// Whole words only, after splitting "phoneNumber", "phone_number" and "Phone-No." into words.
const STRONG_NUMBER_WORDS = new Set([
  'phone',
  'phones',
  'mobile',
  'mobiles',
  'cell',
  'cellphone',
  'tel',
  'telephone',
  'whatsapp',
  'sms',
])
const WEAK_NUMBER_WORDS = new Set(['number', 'numbers', 'num', 'no', '#'])
const STRONG_NAME_WORDS = new Set(['name', 'names', 'label', 'labels'])
const WEAK_NAME_WORDS = new Set([
  'technician',
  'technicians',
  'tech',
  'employee',
  'employees',
  'contact',
  'contacts',
  'staff',
  'person',
  'worker',
  'agent',
  'user',
  'who',
  'description',
  'team',
  'member',
])
const CAMEL_BOUNDARY = /([a-z])([A-Z])/g
const NOT_A_WORD_CHAR = /[^\p{L}\p{Nd}#]+/gu
const DIGIT = /\d/g
// A header cell is a short label; a long cell or one with several digits is data.
const MAX_HEADER_CELL = 40
// "E.164" (our own export's "Phone number (E.164)") names the format, it is not data; and a
// column in E.164 is the surest one to read the number from.
const E164 = /\bE\.?\s?164\b/giu
const E164_SCORE = 3

function wordsOf(cell: string): string[] {
  return cell
    .replace(CAMEL_BOUNDARY, '$1 $2')
    .toLowerCase()
    .replace(NOT_A_WORD_CHAR, ' ')
    .replace(/#/g, ' # ')
    .split(' ')
    .filter((word) => word !== '')
}

function score(words: readonly string[], strong: Set<string>, weak: Set<string>): number {
  if (words.some((word) => strong.has(word))) return 2
  return words.some((word) => weak.has(word)) ? 1 : 0
}

function bestColumn(scores: readonly number[], except: number | null): number | null {
  let best: number | null = null
  scores.forEach((value, index) => {
    if (index !== except && value > 0 && (best === null || value > (scores[best] ?? 0)))
      best = index
  })
  return best
}

/**
 * Whether `cells` (the first non-blank record) is a header such as `Name, Phone` or
 * `Technician;Mobile #`, and if so which columns hold the number and the name. A header needs
 * a column that names a phone number and no cell that looks like data. With two columns and
 * only the number named, the other one is taken as the name.
 */
export function detectHeader(cells: readonly string[]): Columns | null {
  const tooLong = (cell: string) => cell.length > MAX_HEADER_CELL
  const digits = (cell: string) => cell.replace(E164, '').match(DIGIT)?.length ?? 0
  if (cells.some((cell) => tooLong(cell) || digits(cell) > 2)) return null
  const words = cells.map(wordsOf)
  const numberScores = cells.map((cell, index) =>
    cell.match(E164)
      ? E164_SCORE
      : score(words[index] ?? [], STRONG_NUMBER_WORDS, WEAK_NUMBER_WORDS),
  )
  const number = bestColumn(numberScores, null)
  if (number === null) return null
  const nameScores = words.map((cellWords) => score(cellWords, STRONG_NAME_WORDS, WEAK_NAME_WORDS))
  const name = bestColumn(nameScores, number) ?? (cells.length === 2 ? 1 - number : null)
  return { number, name }
}
