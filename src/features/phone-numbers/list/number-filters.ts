import { type PhoneNumber } from '../api/phone-number-schemas'

import { parseIsoTime } from './iso-time'
import { type AddedRange, addedRanges, type ListViewState } from './list-view-state'

const DAY = 86_400_000
export const INACTIVE_DAYS = 90

interface Times {
  activity: number
  added: number
}

// Parsed once per number, not on every keystroke (the list parses them after its first
// paint, with the search keys): the filters then compare plain numbers.
const times = new WeakMap<PhoneNumber, Times>()
export function cachedTimesOf(number: PhoneNumber): Times {
  let found = times.get(number)
  if (!found) times.set(number, (found = parseTimes(number, { activity: 0, added: 0 })))
  return found
}

/**
 * The times, written into `into`: a number never active counts from when it was added; a
 * missing time is NaN, which no range holds.
 */
function parseTimes(number: PhoneNumber, into: Times): Times {
  into.added = parseIsoTime(number.createdTime ?? '')
  into.activity = number.lastActivityTime ? parseIsoTime(number.lastActivityTime) : into.added
  return into
}

/**
 * The times, cached or not. A list just loaded is counted once before its first paint and
 * its times are cached after it (with the search keys): caching them in that first pass too
 * would put 10,000 objects and a collection before the first rows, for nothing.
 */
function timesReader(cache: boolean): (number: PhoneNumber) => Times {
  if (cache) return cachedTimesOf
  const scratch: Times = { activity: 0, added: 0 }
  return (number) => times.get(number) ?? parseTimes(number, scratch)
}

export type FilterView = Pick<ListViewState, 'inactive' | 'added'>

export interface FilterCounts {
  /** How many the list would show with "No activity for 90 days or more" on. */
  inactive: number
  /** How many it would show with each "Added" choice. */
  added: Record<AddedRange, number>
}

export const noFilterCounts = (): FilterCounts => ({
  inactive: 0,
  added: { any: 0, '7d': 0, '30d': 0, '90d': 0, older: 0 },
})

export function isFiltered(view: FilterView): boolean {
  return view.inactive || view.added !== 'any'
}

/** Whether an "Added" choice holds a number this many days old; NaN (no time): only "any". */
function holds(range: AddedRange, ageDays: number): boolean {
  switch (range) {
    case 'any':
      return true
    case 'older':
      return ageDays > 90
    default:
      return ageDays <= rangeDays[range]
  }
}

const rangeDays = { '7d': 7, '30d': 30, '90d': 90 } as const

/**
 * The filters' test alone, counting nothing: for the first screen of a list just loaded,
 * drawn before its counts. With no filter on it reads no time at all (parsing 20,000 times
 * is most of a first pass over 10,000 numbers).
 */
export function createFilterTest(view: FilterView, now: number): (number: PhoneNumber) => boolean {
  if (!isFiltered(view)) return () => true
  const { keep } = createFilterTally(view, now, false)
  return keep
}

/**
 * The filters' test for numbers that already passed search and "show removed", which
 * counts as it goes what each filter choice would show beside the others: one pass gives
 * the list and every count, so the counts always agree with what a choice then shows.
 */
export function createFilterTally(view: FilterView, now: number, cache = true) {
  const counts = noFilterCounts()
  const inactiveSince = now - INACTIVE_DAYS * DAY
  const timesOf = timesReader(cache)
  const keep = (number: PhoneNumber): boolean => {
    const { activity, added } = timesOf(number)
    const inactive = activity <= inactiveSince
    const ageDays = (now - added) / DAY
    const addedOK = holds(view.added, ageDays)
    if (inactive && addedOK) counts.inactive++
    if (inactive || !view.inactive) {
      // No allocation per number: this runs for every match on every keystroke.
      for (const range of addedRanges) if (holds(range, ageDays)) counts.added[range]++
    }
    return addedOK && (inactive || !view.inactive)
  }
  return { keep, counts }
}
