import { forgetUnwrittenSearch, keepUnwrittenSearch, readUnwrittenSearch } from './unwritten-search'

describe('a search kept for a reload', () => {
  beforeEach(() => {
    window.sessionStorage.clear()
    window.history.replaceState(null, '', '/businesses/1/numbers?sort=added')
  })

  it('is read back on the same address, and only there', () => {
    keepUnwrittenSearch('josé')
    expect(readUnwrittenSearch()).toBe('josé')
    window.history.replaceState(null, '', '/businesses/1/numbers?sort=added&q=jos')
    expect(readUnwrittenSearch()).toBeNull()
    window.history.replaceState(null, '', '/businesses/2/numbers?sort=added')
    expect(readUnwrittenSearch()).toBeNull()
  })

  it('is read once', () => {
    keepUnwrittenSearch('jane')
    forgetUnwrittenSearch()
    expect(readUnwrittenSearch()).toBeNull()
  })

  it('ignores what it did not write', () => {
    const key = 'numbers-console.unwritten-search'
    window.sessionStorage.setItem(key, '{not json')
    expect(readUnwrittenSearch()).toBeNull()
    window.sessionStorage.setItem(key, JSON.stringify({ pathname: '/businesses/1/numbers' }))
    expect(readUnwrittenSearch()).toBeNull()
  })
})
