import { digitsOf } from '../phone/format-national'

export interface SearchableNumber {
  name: string
  /** E.164, as the API returns it. */
  phoneNumber: string
}

// Keys are `${digits}${SEPARATOR}${name}`. Normalised text never contains the separator (control
// characters become spaces), so a query can never match across the boundary.
const SEPARATOR = '\u0001'
const NEEDS_UNICODE_FOLDING = /[^ -~]/
const COMBINING_MARKS = /\p{M}+/gu
const SPACES_AND_CONTROLS = /[\s\p{Cc}]+/gu
/** Fewer digits than this match too many numbers to be worth it: only names are searched. */
export const MIN_QUERY_DIGITS = 3

/** Lower case, accents stripped ("José" → "jose"), whitespace collapsed. */
export function normalizeSearchText(text: string): string {
  // Lower-casing first: "İ".toLowerCase() adds a combining dot, which the next step removes.
  const lower = text.toLowerCase()
  const folded = NEEDS_UNICODE_FOLDING.test(lower)
    ? lower.normalize('NFKD').replace(COMBINING_MARKS, '')
    : lower
  return folded.replace(SPACES_AND_CONTROLS, ' ').trim()
}

/**
 * The row's normalised search text: the number's digits, always with the country code 1 (so
 * "+1 415" and "415" both match), then the folded name. Pure, so callers may memoise it.
 */
export function searchKeyOf(row: SearchableNumber): string {
  const digits = digitsOf(row.phoneNumber)
  const withCountryCode = digits.length === 10 ? `1${digits}` : digits
  return `${withCountryCode}${SEPARATOR}${normalizeSearchText(row.name)}`
}

/** Matches precomputed keys; the query is normalised once, not once per row. */
export function createSearchKeyMatcher(query: string): (key: string) => boolean {
  const text = normalizeSearchText(query)
  if (text === '') return () => true
  const digits = digitsOf(query)
  const searchDigits = digits.length >= MIN_QUERY_DIGITS
  return (key) => {
    const separator = key.indexOf(SEPARATOR)
    if (key.includes(text, separator + 1)) return true
    if (!searchDigits) return false
    // Digits come first in the key, so the first hit is in the number if there is one at all.
    const at = key.indexOf(digits)
    return at !== -1 && at + digits.length <= separator
  }
}

// Rows from the query cache are immutable and keep their identity between renders, so a key
// computed once per row object stays right; the WeakMap lets dropped rows be collected.
const keyCache = new WeakMap<SearchableNumber, string>()

/** The row's search key, built once per row object; building them ahead makes typing faster. */
export function cachedSearchKeyOf(row: SearchableNumber): string {
  let key = keyCache.get(row)
  if (key === undefined) {
    key = searchKeyOf(row)
    keyCache.set(row, key)
  }
  return key
}

/**
 * For the list's search box: a row matches when its name contains the query (ignoring case
 * and accents) or, when the query has at least 3 digits, when its number contains those digits
 * however the query was formatted ("(415) 555", "415-555", "+1 415").
 */
export function createNumberMatcher(query: string): (row: SearchableNumber) => boolean {
  // An empty search matches everything: no need to build a key for every row.
  if (normalizeSearchText(query) === '') return () => true
  const matches = createSearchKeyMatcher(query)
  return (row) => matches(cachedSearchKeyOf(row))
}
