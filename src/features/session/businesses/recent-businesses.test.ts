import { type Business } from '../api/session-schemas'

import { businessOptions } from './business-options'
import { indexBusinesses } from './match-businesses'
import {
  forgetRecentBusinessesCache,
  readRecentBusinesses,
  recentKeyFor,
  rememberBusiness,
} from './recent-businesses'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  }
}

const business = (id: string): Business => ({
  businessID: id,
  name: `Business ${id}`,
  imageURL: null,
})
const ids = (businesses: readonly Business[]) => businesses.map((item) => item.businessID)

afterEach(() => forgetRecentBusinessesCache())

describe('recent businesses', () => {
  it('keeps the last five opened, most recent first, each once', () => {
    const storage = memoryStorage()
    for (const id of ['1', '2', '3', '2', '4', '5', '6', '7'])
      rememberBusiness('user:a', id, storage)
    expect(readRecentBusinesses('user:a', storage)).toEqual(['7', '6', '5', '4', '2'])
    forgetRecentBusinessesCache()
    // And a reload reads the same list back.
    expect(readRecentBusinesses('user:a', storage)).toEqual(['7', '6', '5', '4', '2'])
  })

  it('keeps one list per signed-in user', () => {
    const storage = memoryStorage()
    rememberBusiness('user:a', '1', storage)
    rememberBusiness('user:b', '2', storage)
    expect(readRecentBusinesses('user:a', storage)).toEqual(['1'])
    expect(readRecentBusinesses('user:b', storage)).toEqual(['2'])
    expect(readRecentBusinesses(null, storage)).toEqual([])
  })

  it('starts afresh from a stored value of another shape or broken JSON', () => {
    const storage = memoryStorage()
    storage.setItem(recentKeyFor('user:a'), JSON.stringify({ businessIDs: [1, 2] }))
    storage.setItem(recentKeyFor('user:b'), '{"version":1,')
    expect(readRecentBusinesses('user:a', storage)).toEqual([])
    expect(readRecentBusinesses('user:b', storage)).toEqual([])
  })
})

describe('businessOptions', () => {
  const index = indexBusinesses(['1', '2', '3', '4', '5', '6'].map(business))

  it('puts the recent ones first under "Recent", then the others, without repeating any', () => {
    const { sections, shown, more } = businessOptions(index, '', ['4', '2'], 4)
    expect(sections.map((section) => [section.label, ids(section.businesses)])).toEqual([
      ['Recent', ['4', '2']],
      ['All businesses', ['1', '3']],
    ])
    expect(ids(shown)).toEqual(['4', '2', '1', '3'])
    expect(more).toBe(2)
  })

  it('leaves out a recent business that can no longer be reached', () => {
    const { sections } = businessOptions(index, '', ['gone', '5'])
    expect(ids(sections[0]?.businesses ?? [])).toEqual(['5'])
  })

  it('lists plain matches, ungrouped, once something is typed', () => {
    const { sections } = businessOptions(index, 'business 4', ['2'])
    expect(sections).toEqual([{ label: null, businesses: [business('4')] }])
  })

  it('is one ungrouped list when nothing was opened yet', () => {
    const { sections, more } = businessOptions(index, '', [], 50)
    expect(sections).toHaveLength(1)
    expect(sections[0]?.label).toBeNull()
    expect(more).toBe(0)
  })
})
