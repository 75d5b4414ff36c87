import { readListViewState, writeListViewState } from './list-view-state'

describe('the list view in the query string', () => {
  it.each([
    ['', { search: '', sort: 'name', direction: 'asc', showRemoved: false }],
    ['q=jane', { search: 'jane', sort: 'name', direction: 'asc', showRemoved: false }],
    ['sort=activity', { search: '', sort: 'activity', direction: 'desc', showRemoved: false }],
    [
      'sort=activity&dir=asc',
      { search: '', sort: 'activity', direction: 'asc', showRemoved: false },
    ],
    ['sort=added', { search: '', sort: 'added', direction: 'desc', showRemoved: false }],
    ['sort=number&dir=desc', { search: '', sort: 'number', direction: 'desc', showRemoved: false }],
    ['removed=1', { search: '', sort: 'name', direction: 'asc', showRemoved: true }],
    // Hand-edited or stale links fall back to the defaults instead of breaking the page.
    [
      'sort=bogus&dir=sideways&removed=yes',
      { search: '', sort: 'name', direction: 'asc', showRemoved: false },
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
  ])('writes back exactly what it read: %s', (query) => {
    const state = readListViewState(new URLSearchParams(query))
    expect(readListViewState(writeListViewState(state))).toEqual(state)
  })

  it('keeps defaults out of the URL', () => {
    const state = readListViewState(new URLSearchParams('sort=name&dir=asc'))
    expect(writeListViewState(state).toString()).toBe('')
  })
})
