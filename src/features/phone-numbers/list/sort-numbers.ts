import { type PhoneNumber } from '../api/phone-number-schemas'

import { type SortDirection, type SortKey } from './list-view-state'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

/** RFC 3339 UTC times compare as text. */
function compareTimes(a: string | null | undefined, b: string | null | undefined): number {
  const left = a ?? ''
  const right = b ?? ''
  return left < right ? -1 : left > right ? 1 : 0
}

const comparators: Record<SortKey, (a: PhoneNumber, b: PhoneNumber) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  number: (a, b) => (a.phoneNumber < b.phoneNumber ? -1 : a.phoneNumber > b.phoneNumber ? 1 : 0),
  activity: (a, b) => compareTimes(a.lastActivityTime, b.lastActivityTime),
  added: (a, b) => compareTimes(a.createdTime, b.createdTime),
}

export function sortNumbers(
  numbers: readonly PhoneNumber[],
  key: SortKey,
  direction: SortDirection,
): PhoneNumber[] {
  const compare = comparators[key]
  const sign = direction === 'asc' ? 1 : -1
  // Missing times sort last whichever the direction: "never" is not the oldest activity.
  const hasTime = (number: PhoneNumber) =>
    key === 'activity'
      ? Boolean(number.lastActivityTime)
      : key === 'added'
        ? Boolean(number.createdTime)
        : true
  return [...numbers].sort((a, b) => {
    const aHas = hasTime(a)
    const bHas = hasTime(b)
    if (aHas !== bHas) return aHas ? -1 : 1
    // Ties fall back to the name, then the ID, so the order never jumps between renders.
    return (
      sign * compare(a, b) ||
      collator.compare(a.name, b.name) ||
      (a.phoneNumberID < b.phoneNumberID ? -1 : 1)
    )
  })
}
