import { type PhoneNumber } from '../api/phone-number-schemas'

import { type AddedRange, addedRanges, type ListViewState } from './list-view-state'

const DAY = 86_400_000
export const INACTIVE_DAYS = 90

/** How many days back each "Added" choice reaches (`older`: before the last 90 days). */
const rangeDays: Record<Exclude<AddedRange, 'any'>, number> = {
  '7d': 7,
  '30d': 30,
  '90d': 90,
  older: 90,
}

interface Times {
  activity: number
  added: number
}

// Parsed once per number, not on every keystroke: the filters then compare plain numbers.
const times = new WeakMap<PhoneNumber, Times>()
function timesOf(number: PhoneNumber): Times {
  let found = times.get(number)
  if (!found) {
    // A number never active counts from when it was added; a missing time is NaN, which
    // no range holds.
    const added = Date.parse(number.createdTime ?? '')
    const activity = number.lastActivityTime ? Date.parse(number.lastActivityTime) : added
    times.set(number, (found = { activity, added }))
  }
  return found
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

function inRange(addedAt: number, range: AddedRange, now: number): boolean {
  if (range === 'any') return true
  const since = now - rangeDays[range] * DAY
  return range === 'older' ? addedAt < since : addedAt >= since
}

/**
 * The filters' test for numbers that already passed search and "show removed", which
 * counts as it goes what each filter choice would show beside the others: one pass gives
 * the list and every count, so the counts always agree with what a choice then shows.
 */
export function createFilterTally(view: FilterView, now: number) {
  const counts = noFilterCounts()
  const inactiveSince = now - INACTIVE_DAYS * DAY
  const keep = (number: PhoneNumber): boolean => {
    const { activity, added } = timesOf(number)
    const inactive = activity <= inactiveSince
    const addedOK = inRange(added, view.added, now)
    if (inactive && addedOK) counts.inactive++
    if (inactive || !view.inactive) {
      for (const range of addedRanges) if (inRange(added, range, now)) counts.added[range]++
    }
    return addedOK && (inactive || !view.inactive)
  }
  return { keep, counts }
}
