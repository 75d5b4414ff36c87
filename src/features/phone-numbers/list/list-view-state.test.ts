import { readListViewState, writeListViewState } from './list-view-state'

const noFilters = { inactive: false, added: 'any' }

describe('the list view in the query string', () => {
  it.each([
    ['', { search: '', sort: 'name', direction: 'asc', showRemoved: false, ...noFilters }],
    [
      'q=jane',
      { search: 'jane', sort: 'name', direction: 'asc', showRemoved: false, ...noFilters },
    ],
    [
      'sort=activity',
      { search: '', sort: 'activity', direction: 'desc', showRemoved: false, ...noFilters },
    ],
    [
      'sort=activity&dir=asc',
      { search: '', sort: 'activity', direction: 'asc', showRemoved: false, ...noFilters },
    ],
    [
      'sort=added',
      { search: '', sort: 'added', direction: 'desc', showRemoved: false, ...noFilters },
    ],
    [
      'sort=number&dir=desc',
      { search: '', sort: 'number', direction: 'desc', showRemoved: false, ...noFilters },
    ],
    ['removed=1', { search: '', sort: 'name', direction: 'asc', showRemoved: true, ...noFilters }],
    [
      'inactive=1&added=30d',
      {
        search: '',
        sort: 'name',
        direction: 'asc',
        showRemoved: false,
        inactive: true,
        added: '30d',
      },
    ],
    // Hand-edited or stale links fall back to the defaults instead of breaking the page.
    [
      'sort=bogus&dir=sideways&removed=yes&inactive=true&added=yesterday',
      { search: '', sort: 'name', direction: 'asc', showRemoved: false, ...noFilters },
    ],
  ])('reads %j', (query, expected) => {
    expect(readListViewState(new URLSearchParams(query))).toEqual(expected)
  })

  it.each([
    'q=jane',
    'sort=activity',
    'sort=activity&dir=asc',
    'removed=1',
    'q=%2B1+415&sort=number&dir=desc&removed=1',
    'inactive=1&added=older',
  ])('writes back exactly what it read: %s', (query) => {
    const state = readListViewState(new URLSearchParams(query))
    expect(readListViewState(writeListViewState(state))).toEqual(state)
  })

  it('keeps defaults out of the URL', () => {
    const state = readListViewState(new URLSearchParams('sort=name&dir=asc'))
    expect(writeListViewState(state).toString()).toBe('')
  })
})
