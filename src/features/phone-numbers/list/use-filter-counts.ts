import { useEffect, useMemo, useState } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { createFilterTally, type FilterCounts, type FilterView } from './number-filters'

/** How many each filter choice would show among `shown` (what search and "show removed" kept). */
function countChoices(shown: readonly PhoneNumber[], view: FilterView, now: number): FilterCounts {
  // Times not cached yet are parsed without keeping them (see number-filters' timesReader).
  const tally = createFilterTally(view, now, false)
  for (const number of shown) tally.keep(number)
  return tally.counts
}

interface Held {
  numbers: readonly PhoneNumber[] | undefined
  shown: readonly PhoneNumber[]
  key: string
  counts: FilterCounts
}

/**
 * The filters' counts, a task after the rows of a keystroke: counting every match's times is
 * not worth delaying the list for, and the counts shown meanwhile are of the same list, a
 * letter behind. A list not counted yet (the first, another business's, one read again) is
 * counted at once, as no other list's counts may stand for it.
 */
export function useFilterCounts(
  /** The list the numbers came from. */
  numbers: readonly PhoneNumber[] | undefined,
  /** What the view shows before its filters; undefined while the list is not complete. */
  shown: readonly PhoneNumber[] | undefined,
  { inactive, added }: FilterView,
  now: number,
): FilterCounts | undefined {
  const [held, setHeld] = useState<Held | null>(null)
  const key = `${inactive} ${added} ${now}`
  const sameList = held !== null && held.numbers === numbers
  const counted = useMemo(
    () => (shown && !sameList ? countChoices(shown, { inactive, added }, now) : null),
    [shown, sameList, inactive, added, now],
  )
  useEffect(() => {
    if (!shown || (held?.shown === shown && held.key === key)) return
    const timer = window.setTimeout(() => {
      const counts = counted ?? countChoices(shown, { inactive, added }, now)
      setHeld({ numbers, shown, key, counts })
    }, 0)
    return () => window.clearTimeout(timer)
  }, [numbers, shown, key, held, counted, inactive, added, now])
  if (!shown) return undefined
  return counted ?? held?.counts
}
