import { groupedCount } from '@/lib/format/grouped-count'

import { type PhoneNumber } from '../api/phone-number-schemas'

export interface NumberCounts {
  active: number
  removed: number
}

/** Active and removed numbers, leaving out those whose removal is still waiting (hidden). */
export function countNumbers(
  numbers: readonly PhoneNumber[],
  hiddenIDs: ReadonlySet<string>,
): NumberCounts {
  let active = 0
  let removed = 0
  // As in the rows' test (select-visible-numbers): no lookups when nothing is hidden.
  const anyHidden = hiddenIDs.size > 0
  for (const number of numbers) {
    if (anyHidden && hiddenIDs.has(number.phoneNumberID)) continue
    if (number.isDeleted) removed += 1
    else active += 1
  }
  return { active, removed }
}

export function countLabel(count: number): string {
  return `${groupedCount(count)} ${count === 1 ? 'number' : 'numbers'}`
}

/**
 * "Showing 2 of 4 numbers". With removed numbers shown, they count in the whole too and are
 * named, so the part can never exceed the whole: "Showing 5 of 5 numbers, 1 removed".
 */
export function showingLabel(shown: number, counts: NumberCounts, showRemoved: boolean): string {
  const showing = `Showing ${groupedCount(shown)} of`
  if (!showRemoved) return `${showing} ${countLabel(counts.active)}`
  const whole = `${showing} ${countLabel(counts.active + counts.removed)}`
  return counts.removed > 0 ? `${whole}, ${groupedCount(counts.removed)} removed` : whole
}
