import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { z as mini } from 'zod/mini'

import { browserStorage, readStoredJSON, removeStored, writeStoredJSON } from './stored-json'

const noteSchema = z.object({ text: z.string() })

afterEach(() => {
  vi.restoreAllMocks()
  window.localStorage.clear()
})

/** A storage that refuses every call, as a full quota or a privacy mode does. */
const refusing: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError')
  },
  removeItem: () => {
    throw new DOMException('denied', 'SecurityError')
  },
}

describe('stored JSON', () => {
  it('gives back what was kept, read by a classic or a mini schema', () => {
    const storage = browserStorage('localStorage')
    expect(writeStoredJSON(storage, 'note', { text: 'call back' })).toBe(true)
    expect(readStoredJSON(storage, 'note', noteSchema)).toEqual({ text: 'call back' })
    expect(readStoredJSON(storage, 'note', mini.object({ text: mini.string() }))).toEqual({
      text: 'call back',
    })
  })

  it('reads nothing for an absent key, broken JSON or another shape', () => {
    const storage = browserStorage('localStorage')
    expect(readStoredJSON(storage, 'absent', noteSchema)).toBeNull()
    window.localStorage.setItem('broken', '{"text":')
    expect(readStoredJSON(storage, 'broken', noteSchema)).toBeNull()
    window.localStorage.setItem('other', JSON.stringify({ text: 5 }))
    expect(readStoredJSON(storage, 'other', noteSchema)).toBeNull()
  })

  it('forgets a key', () => {
    const storage = browserStorage('localStorage')
    writeStoredJSON(storage, 'note', { text: 'x' })
    removeStored(storage, 'note')
    expect(window.localStorage.getItem('note')).toBeNull()
  })

  it('says a write did not keep anything when storage refuses, and never throws', () => {
    expect(writeStoredJSON(refusing, 'note', { text: 'x' })).toBe(false)
    expect(writeStoredJSON(null, 'note', { text: 'x' })).toBe(false)
    expect(readStoredJSON(refusing, 'note', noteSchema)).toBeNull()
    expect(() => removeStored(refusing, 'note')).not.toThrow()
  })

  it('has no storage where the browser refuses to hand it out', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(browserStorage('localStorage')).toBeNull()
    expect(browserStorage('sessionStorage')).toBe(window.sessionStorage)
  })
})
