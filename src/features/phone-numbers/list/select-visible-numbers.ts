import { createNumberMatcher } from '@/lib/search/match-number'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { type ListViewState } from './list-view-state'
import { sortNumbers } from './sort-numbers'

/** What the list shows for a view: removed hidden unless asked for, then search, then sort. */
export function selectVisibleNumbers(
  numbers: readonly PhoneNumber[],
  view: ListViewState,
  hiddenIDs: ReadonlySet<string> = new Set(),
): PhoneNumber[] {
  const matches = createNumberMatcher(view.search)
  const shown = numbers.filter(
    (number) =>
      (view.showRemoved || !number.isDeleted) &&
      !hiddenIDs.has(number.phoneNumberID) &&
      matches(number),
  )
  return sortNumbers(shown, view.sort, view.direction)
}
