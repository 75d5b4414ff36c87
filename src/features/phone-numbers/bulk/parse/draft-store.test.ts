import { type BulkDraft, emptyDraft, withEdit } from './bulk-draft'
import {
  clearDraft,
  type DraftStorage,
  draftKeyFor,
  loadDraft,
  saveDraft,
  subscribeToDraft,
} from './draft-store'

const business = { businessID: '5343987659230309812', userKey: 'user:6102938475610293847' }
const other = { businessID: '5343987659230309999', userKey: business.userKey }
const otherUser = { businessID: business.businessID, userKey: 'user:6102938475610297021' }
const storedKey = `numbers-console.bulk-draft.user%3A6102938475610293847.${business.businessID}`

function draft(overrides: Partial<BulkDraft> = {}): BulkDraft {
  return { ...emptyDraft('Jane, 4155552671\nBob, 555'), ...overrides }
}

/** Storage with a quota, in characters, like the browser's (about 5 MB). */
function limitedStorage(quota: number): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => {
      if (value.length > quota) throw new DOMException('Quota exceeded', 'QuotaExceededError')
      data.set(key, value)
    },
    removeItem: (key) => data.delete(key),
  }
}

beforeEach(() => {
  window.localStorage.clear()
  window.sessionStorage.clear()
  clearDraft(business)
  clearDraft(other)
  clearDraft(otherUser)
})

describe('bulk draft storage', () => {
  it('keeps a draft per business and user in localStorage, where a new tab finds it', () => {
    const saved = withEdit(draft(), { line: 2, numberText: '4155552672', nameText: 'Bob' })
    expect(saveDraft(business, saved)).toEqual({ persisted: true })
    expect(loadDraft(business)).toEqual(saved)
    expect(loadDraft(other)).toBeNull()
    expect(window.localStorage.getItem(storedKey)).toContain('4155552672')
  })

  it('never shows one user the draft of another on the same tab, in storage or in memory', () => {
    saveDraft(business, draft())
    expect(loadDraft(otherUser)).toBeNull()
    const storage = limitedStorage(10)
    expect(saveDraft(business, draft(), storage)).toEqual({ persisted: false })
    expect(loadDraft(otherUser, storage)).toBeNull()
    expect(loadDraft(business, storage)).toEqual(draft())
  })

  it('survives what a reload or signing in again does: only credentials are removed', () => {
    saveDraft(business, draft())
    window.sessionStorage.removeItem('numbers-console.credentials')
    expect(loadDraft(business)?.text).toBe(draft().text)
  })

  it('is gone once cleared, or saved empty', () => {
    saveDraft(business, draft())
    clearDraft(business)
    expect(loadDraft(business)).toBeNull()
    saveDraft(business, draft())
    saveDraft(business, emptyDraft('   '))
    expect(loadDraft(business)).toBeNull()
  })

  it.each([
    ['not JSON', '{nope'],
    ['an unknown version', JSON.stringify({ version: 2, draft: draft() })],
    ['a wrong shape', JSON.stringify({ version: 1, draft: { text: 42 } })],
    ['a negative line', JSON.stringify({ version: 1, draft: draft({ removedLines: [-1] }) })],
  ])('drops a corrupted draft (%s) instead of crashing', (_label, stored) => {
    const key = storedKey
    window.localStorage.setItem(key, stored)
    expect(loadDraft(business)).toBeNull()
    expect(window.localStorage.getItem(key)).toBeNull()
  })

  it('stores only the draft’s own fields, whatever else the object carries', () => {
    const storage = limitedStorage(1_000_000)
    const withExtras = { ...draft(), accessToken: 'secret-token' }
    saveDraft(business, withExtras, storage)
    expect([...storage.data.values()].join()).not.toContain('secret-token')
  })

  it('falls back to memory when the paste is too big for storage, and says so', () => {
    const storage = limitedStorage(1_000)
    saveDraft(business, draft(), storage)
    const big = draft({ text: '4155552671, Jane\n'.repeat(100_000) })
    expect(saveDraft(business, big, storage)).toEqual({ persisted: false })
    // The older, smaller draft must not come back instead after a reload.
    expect(storage.data.size).toBe(0)
    expect(loadDraft(business, storage)).toEqual(big)
    expect(saveDraft(business, draft(), storage)).toEqual({ persisted: true })
    expect(loadDraft(business, storage)).toEqual(draft())
  })

  it('works, in memory, without storage at all', () => {
    expect(saveDraft(business, draft(), null)).toEqual({ persisted: false })
    expect(loadDraft(business, null)).toEqual(draft())
  })

  it('tells this tab when another tab saves or clears the same draft, and only that one', () => {
    const seen: (BulkDraft | null)[] = []
    const stop = subscribeToDraft(business, (next) => seen.push(next))
    const stored = JSON.stringify({ version: 1, draft: draft() })
    const fire = (key: string | null, newValue: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }))
    fire(draftKeyFor(other), stored)
    fire(draftKeyFor(business), stored)
    fire(draftKeyFor(business), null)
    fire(draftKeyFor(business), '{nope')
    stop()
    fire(draftKeyFor(business), stored)
    expect(seen).toEqual([draft(), null, null])
  })

  it('moves a draft kept in sessionStorage, as drafts were, to localStorage on first read', () => {
    const stored = JSON.stringify({ version: 1, draft: draft() })
    window.sessionStorage.setItem(storedKey, stored)
    expect(loadDraft(business)).toEqual(draft())
    expect(window.sessionStorage.getItem(storedKey)).toBeNull()
    expect(window.localStorage.getItem(storedKey)).toBe(stored)
  })
})
