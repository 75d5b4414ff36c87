import { createNumberMatcher } from '@/lib/search/match-number'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { type ListViewState } from './list-view-state'
import { sortNumbers } from './sort-numbers'

/**
 * What the list shows for a view: removed hidden unless asked for, then search. Takes
 * numbers already sorted: sorting happens once per data and sort order, while filtering
 * runs on every keystroke and keeps that order.
 */
export function filterNumbers(
  sorted: readonly PhoneNumber[],
  view: Pick<ListViewState, 'search' | 'showRemoved'>,
  hiddenIDs: ReadonlySet<string> = new Set(),
): PhoneNumber[] {
  return sorted.filter(visibilityTest(view, hiddenIDs))
}

/** Whether a view shows a number, whatever the order. */
export function visibilityTest(
  view: Pick<ListViewState, 'search' | 'showRemoved'>,
  hiddenIDs: ReadonlySet<string>,
): (number: PhoneNumber) => boolean {
  const matches = createNumberMatcher(view.search)
  return (number) =>
    (view.showRemoved || !number.isDeleted) &&
    !hiddenIDs.has(number.phoneNumberID) &&
    matches(number)
}

export function selectVisibleNumbers(
  numbers: readonly PhoneNumber[],
  view: ListViewState,
  hiddenIDs: ReadonlySet<string> = new Set(),
): PhoneNumber[] {
  return filterNumbers(sortNumbers(numbers, view.sort, view.direction), view, hiddenIDs)
}
