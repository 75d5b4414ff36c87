import { type PhoneNumber } from '../api/phone-number-schemas'

import { type SortDirection, type SortKey } from './list-view-state'
import { compareKeyed, type KeyedNumber, keyOf } from './sort-numbers'

/**
 * Three UTF-16 units of a name's sort key, from `from` on, packed in one number (0 past the
 * end), told from the name alone when that is safe: printable ASCII that is not a digit is
 * only lower-cased by `nameKey`, whatever follows it. -1 when the key must be built.
 */
function nameUnits(name: string, from: number): number {
  let packed = 0
  for (let index = from; index < from + 3; index++) {
    let unit = 0
    if (index < name.length) {
      unit = name.charCodeAt(index)
      if (unit < 32 || unit > 126 || (unit >= 48 && unit <= 57)) return -1
      if (unit >= 65 && unit <= 90) unit += 32
    }
    packed = packed * 65_536 + unit
  }
  return packed
}

/** The same three units read off a key already built. */
function keyUnits(key: string, from: number): number {
  let packed = 0
  for (let index = from; index < from + 3; index++) {
    packed = packed * 65_536 + (index < key.length ? key.charCodeAt(index) : 0)
  }
  return packed
}

/**
 * Whether a name's key is certainly after `worst`'s in the list's order, from the first six
 * units alone: unequal units decide a string comparison, so no key is built for most names.
 */
function surelyAfter(name: string, worst: KeyedNumber, sign: 1 | -1): boolean {
  if (worst.key === null) return false
  const first = nameUnits(name, 0)
  if (first === -1) return false
  const worstFirst = keyUnits(worst.key, 0)
  if (first !== worstFirst) return sign * (first - worstFirst) > 0
  const second = nameUnits(name, 3)
  return second !== -1 && sign * (second - keyUnits(worst.key, 3)) > 0
}

/**
 * The first `limit` of the numbers `keep` passes, in exactly `sortNumbers`' order, and how
 * many it passes in all: one pass over the list, so that the first screen of a long list
 * can be shown before the whole of it is sorted.
 */
export function firstSorted(
  numbers: readonly PhoneNumber[],
  keep: (number: PhoneNumber) => boolean,
  key: SortKey,
  direction: SortDirection,
  limit: number,
): { first: PhoneNumber[]; total: number } {
  const sign = direction === 'asc' ? 1 : -1
  // Kept in order, best first; never longer than `limit`.
  const best: KeyedNumber[] = []
  let total = 0
  for (const number of numbers) {
    if (!keep(number)) continue
    total++
    const worst = best.length === limit ? best[limit - 1] : undefined
    if (worst && key === 'name' && surelyAfter(number.name, worst, sign)) continue
    const entry: KeyedNumber = { number, key: keyOf(number, key) }
    if (worst && compareKeyed(entry, worst, sign) > 0) continue
    let low = 0
    let high = best.length
    while (low < high) {
      const middle = (low + high) >> 1
      const other = best[middle]
      if (other && compareKeyed(other, entry, sign) <= 0) low = middle + 1
      else high = middle
    }
    best.splice(low, 0, entry)
    if (best.length > limit) best.pop()
  }
  return { first: best.map((entry) => entry.number), total }
}
