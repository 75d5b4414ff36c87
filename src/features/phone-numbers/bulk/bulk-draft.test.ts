import {
  applyDraft,
  type BulkDraft,
  clearDraft,
  type DraftStorage,
  emptyDraft,
  loadDraft,
  saveDraft,
  withEdit,
  withRemoved,
} from './bulk-draft'
import { parsePaste } from './parse-paste'

const business = '5343987659230309812'
const other = '5343987659230309999'

function draft(overrides: Partial<BulkDraft> = {}): BulkDraft {
  return { ...emptyDraft('Jane, 4155552671\nBob, 555'), ...overrides }
}

/** sessionStorage with a quota, in characters, like the browser's (about 5 MB). */
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
  window.sessionStorage.clear()
  clearDraft(business)
  clearDraft(other)
})

describe('bulk drafts', () => {
  it('keeps a draft per business in sessionStorage', () => {
    const saved = withEdit(draft(), { line: 2, numberText: '4155552672', nameText: 'Bob' })
    expect(saveDraft(business, saved)).toEqual({ persisted: true })
    expect(loadDraft(business)).toEqual(saved)
    expect(loadDraft(other)).toBeNull()
    expect(window.sessionStorage.getItem(`numbers-console.bulk-draft.${business}`)).toContain(
      '4155552672',
    )
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
    const key = `numbers-console.bulk-draft.${business}`
    window.sessionStorage.setItem(key, stored)
    expect(loadDraft(business)).toBeNull()
    expect(window.sessionStorage.getItem(key)).toBeNull()
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

  it('applies its fixes and removals to the rows read from its text', () => {
    const saved = withRemoved(
      withEdit(draft(), { line: 2, numberText: '4155552672', nameText: 'Bob' }),
      [1],
    )
    const rows = applyDraft(parsePaste(saved.text).rows, saved)
    expect(rows.map(({ line, numberText, nameText }) => [line, numberText, nameText])).toEqual([
      [2, '4155552672', 'Bob'],
    ])
  })
})
