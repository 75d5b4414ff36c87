import { cachedSearchKeyOf, createSearchKeyMatcher } from '@/lib/search/match-number'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { type ListViewState } from './list-view-state'
import { createFilterTest, type FilterView, isFiltered } from './number-filters'

// One array of search keys per sorted list, in its order: a keystroke then tests plain
// strings one after the other, without looking each number's key up.
const keysOf = new WeakMap<readonly PhoneNumber[], readonly string[]>()
function searchKeysOf(sorted: readonly PhoneNumber[]): readonly string[] {
  let keys = keysOf.get(sorted)
  if (!keys) keysOf.set(sorted, (keys = sorted.map(cachedSearchKeyOf)))
  return keys
}

/**
 * What a view shows of a sorted list before its filters: removed numbers left out unless
 * asked for, those whose removal is waiting, and what the search does not match. The same
 * numbers as select-visible-numbers' test, in the same order, for each keystroke.
 */
export function searchSorted(
  sorted: readonly PhoneNumber[],
  { search, showRemoved }: Pick<ListViewState, 'search' | 'showRemoved'>,
  hiddenIDs: ReadonlySet<string>,
): PhoneNumber[] {
  const matches = createSearchKeyMatcher(search)
  const keys = search.trim() === '' ? null : searchKeysOf(sorted)
  const checkHidden = hiddenIDs.size > 0
  const shown: PhoneNumber[] = []
  for (let index = 0; index < sorted.length; index++) {
    const number = sorted[index]
    if (number === undefined || (number.isDeleted && !showRemoved)) continue
    if (checkHidden && hiddenIDs.has(number.phoneNumberID)) continue
    if (keys !== null && !matches(keys[index] ?? '')) continue
    shown.push(number)
  }
  return shown
}

/** The filters' share of a view, over what searchSorted kept. */
export function applyFilters(
  shown: readonly PhoneNumber[],
  view: FilterView,
  now: number,
): readonly PhoneNumber[] {
  return isFiltered(view) ? shown.filter(createFilterTest(view, now)) : shown
}
