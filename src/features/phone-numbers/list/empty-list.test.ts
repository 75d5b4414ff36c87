import { emptyListOf, withoutFilters } from './empty-list'
import { type ListViewState } from './list-view-state'

const view: ListViewState = {
  search: '',
  sort: 'name',
  direction: 'asc',
  showRemoved: false,
  inactive: false,
  added: 'any',
}

describe('why the list is empty', () => {
  it('is empty for want of numbers when nothing narrows it', () => {
    expect(emptyListOf(view)).toEqual({ kind: 'none-yet' })
    // Showing removed numbers too narrows nothing: still none at all.
    expect(emptyListOf({ ...view, showRemoved: true })).toEqual({ kind: 'none-yet' })
  })

  it('blames the search first, saying whether filters are on too', () => {
    expect(emptyListOf({ ...view, search: 'zzz' })).toEqual({
      kind: 'no-match-search',
      search: 'zzz',
      alsoFiltered: false,
    })
    expect(emptyListOf({ ...view, search: 'zzz', inactive: true })).toEqual({
      kind: 'no-match-search',
      search: 'zzz',
      alsoFiltered: true,
    })
  })

  it('blames the filters when there is no search', () => {
    expect(emptyListOf({ ...view, added: '7d' })).toEqual({ kind: 'no-match-filters' })
    expect(emptyListOf({ ...view, inactive: true })).toEqual({ kind: 'no-match-filters' })
  })

  it('clears the filters and keeps the search, order and removed numbers', () => {
    const narrowed = { ...view, search: 'a', sort: 'added', inactive: true, added: '30d' } as const
    expect(withoutFilters({ ...narrowed, showRemoved: true })).toEqual({
      ...narrowed,
      showRemoved: true,
      inactive: false,
      added: 'any',
    })
  })
})
