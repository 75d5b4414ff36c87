import { createNumberMatcher } from '@/lib/search/match-number'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { type ListViewState } from './list-view-state'
import { createFilterTally, createFilterTest } from './number-filters'
import { sortNumbers } from './sort-numbers'

type FilteringView = Pick<ListViewState, 'search' | 'showRemoved' | 'inactive' | 'added'>

/**
 * What the list shows for a view: removed hidden unless asked for, then search, then the
 * filters. Takes numbers already sorted: sorting happens once per data and sort order,
 * while filtering runs on every keystroke and keeps that order.
 */
export function filterNumbers(
  sorted: readonly PhoneNumber[],
  view: FilteringView,
  hiddenIDs: ReadonlySet<string> = new Set(),
  now: number = Date.now(),
): PhoneNumber[] {
  return sorted.filter(visibilityTally(view, hiddenIDs, now).keep)
}

/**
 * Whether a view shows a number, whatever the order, and the filters' counts among the
 * numbers it was asked about (complete once every number was).
 */
export function visibilityTally(
  view: FilteringView,
  hiddenIDs: ReadonlySet<string>,
  now: number,
  /** False for one pass that need not leave each number's times parsed (see number-filters). */
  cacheTimes = true,
) {
  const filters = createFilterTally(view, now, cacheTimes)
  return { keep: visibilityWith(view, hiddenIDs, filters.keep), counts: filters.counts }
}

/** Whether a view shows a number, counting nothing (see createFilterTest). */
export function visibilityTest(
  view: FilteringView,
  hiddenIDs: ReadonlySet<string>,
  now: number,
): (number: PhoneNumber) => boolean {
  return visibilityWith(view, hiddenIDs, createFilterTest(view, now))
}

function visibilityWith(
  view: FilteringView,
  hiddenIDs: ReadonlySet<string>,
  filtersKeep: (number: PhoneNumber) => boolean,
) {
  const matches = createNumberMatcher(view.search)
  // Nothing hidden is the usual case: looking up 10,000 IDs just parsed (hashing each one)
  // is then a good part of a first pass for nothing.
  const anyHidden = hiddenIDs.size > 0
  return (number: PhoneNumber): boolean =>
    (view.showRemoved || !number.isDeleted) &&
    !(anyHidden && hiddenIDs.has(number.phoneNumberID)) &&
    matches(number) &&
    filtersKeep(number)
}

export function selectVisibleNumbers(
  numbers: readonly PhoneNumber[],
  view: ListViewState,
  hiddenIDs: ReadonlySet<string> = new Set(),
  now: number = Date.now(),
): PhoneNumber[] {
  return filterNumbers(sortNumbers(numbers, view.sort, view.direction), view, hiddenIDs, now)
}
