import { describe, expect, it } from 'vitest'

import { historyQuery, readHistoryFilters, withHistoryFilter } from './history-filters'

const read = (search: string) => readHistoryFilters(new URLSearchParams(search))

describe('the History filters in the URL', () => {
  it('reads who, what, when and the number', () => {
    expect(read('who=staff:sam&what=update&when=7d&number=77')).toEqual({
      who: 'staff:sam',
      what: 'update',
      when: '7d',
      number: '77',
    })
  })

  it('reads anything odd as no filter, never an error', () => {
    expect(read('who=everyone&what=drop&when=1y&number=7a')).toEqual({
      who: '',
      what: '',
      when: '',
      number: '',
    })
  })

  it('changes one filter and drops an empty one, keeping the rest of the URL', () => {
    const params = new URLSearchParams('q=office&who=pro')
    expect(withHistoryFilter(params, 'what', 'delete').toString()).toBe(
      'q=office&who=pro&what=delete',
    )
    expect(withHistoryFilter(params, 'who', '').toString()).toBe('q=office')
  })

  it('asks the gateway for the business, the number and a time counted from now', () => {
    const now = Date.UTC(2026, 11, 1, 12)
    const query = historyQuery(
      { businessID: '1' },
      read('who=pro&what=update&when=24h&number=77'),
      now,
    )
    expect(Object.fromEntries(query)).toEqual({
      businessID: '1',
      phoneNumberID: '77',
      who: 'pro',
      action: 'update',
      from: '2026-11-30T12:00:00.000Z',
    })
  })
})
