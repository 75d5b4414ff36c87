import { type ListViewState } from './list-view-state'
import { isFiltered } from './number-filters'

/** Why the list shows nothing, which decides what the empty state says and offers. */
export type EmptyList =
  | { kind: 'none-yet' }
  | { kind: 'no-match-search'; search: string; alsoFiltered: boolean }
  | { kind: 'no-match-filters' }

/**
 * A search that finds nothing is about the search (even with filters on, which it offers to
 * clear too); filters that leave nothing are about the filters; otherwise there is nothing.
 */
export function emptyListOf(view: ListViewState): EmptyList {
  if (view.search !== '') {
    return { kind: 'no-match-search', search: view.search, alsoFiltered: isFiltered(view) }
  }
  if (isFiltered(view)) return { kind: 'no-match-filters' }
  return { kind: 'none-yet' }
}

/** The view with its filters (not its search or order) back to showing everything. */
export function withoutFilters(view: ListViewState): ListViewState {
  return { ...view, inactive: false, added: 'any' }
}
