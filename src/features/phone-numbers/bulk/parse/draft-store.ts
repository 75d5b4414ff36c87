import { z } from 'zod'

import { browserStorage, removeStored } from '@/lib/storage/stored-json'

import { type BulkDraft, draftSchema } from './bulk-draft'

const storedSchema = z.object({ version: z.literal(1), draft: draftSchema })

export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/**
 * Whose draft: one per business and signed-in user, so that a support agent signing in after
 * a pro on the same browser never sees the pro's paste. `userKey` is stable across sign-ins
 * of the same person (their user ID), not a token.
 */
export interface DraftOwner {
  businessID: string
  userKey: string
}

// Drafts too big for storage (about 5 MB, so a paste of 100,000 lines) live here instead:
// they survive closing the dialog but not a reload, and saveDraft says so.
const inMemory = new Map<string, BulkDraft>()

export const draftKeyFor = ({ businessID, userKey }: DraftOwner) =>
  `numbers-console.bulk-draft.${encodeURIComponent(userKey)}.${businessID}`

/**
 * localStorage, per business and user: it survives a reload, signing in again and a closed
 * tab, so that a send cut short by leaving can be picked up in a new tab of the same user
 * (the draft records what was already added). It holds pasted names and numbers, never a
 * token. Any failure to reach it (disabled, private mode) means memory only.
 */
const defaultStorage = (): DraftStorage | null => browserStorage('localStorage')

function readStored(raw: string | null | undefined): BulkDraft | null | 'unreadable' {
  if (!raw) return null
  try {
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return parsed.data.draft
  } catch {
    // Unreadable JSON: dropped, like a draft of an unknown shape.
  }
  return 'unreadable'
}

export function loadDraft(owner: DraftOwner, storage = defaultStorage()): BulkDraft | null {
  const held = inMemory.get(draftKeyFor(owner))
  if (held) return held
  let raw: string | null | undefined
  try {
    raw = storage?.getItem(draftKeyFor(owner)) ?? takeFromSessionStorage(owner, storage)
  } catch {
    return null
  }
  const draft = readStored(raw)
  if (draft !== 'unreadable') return draft
  forgetStored(owner, storage)
  return null
}

/**
 * Drafts were kept in sessionStorage (per tab) until they had to reach other tabs: one still
 * there moves to localStorage when it is first read, instead of being lost.
 */
function takeFromSessionStorage(owner: DraftOwner, storage: DraftStorage | null): string | null {
  if (storage === null || storage !== window.localStorage) return null
  const key = draftKeyFor(owner)
  const raw = window.sessionStorage.getItem(key)
  if (raw === null) return null
  storage.setItem(key, raw)
  window.sessionStorage.removeItem(key)
  return raw
}

/** Keeps the draft; `persisted: false` when it fits only in memory (the UI may say so). */
export function saveDraft(
  owner: DraftOwner,
  draft: BulkDraft,
  storage = defaultStorage(),
): { persisted: boolean } {
  // Parsed on the way in too: only these fields are ever written, whatever the caller passes.
  const clean = draftSchema.parse(draft)
  if (clean.text.trim() === '') {
    clearDraft(owner, storage)
    return { persisted: true }
  }
  const key = draftKeyFor(owner)
  try {
    if (!storage) throw new Error('No localStorage')
    storage.setItem(key, JSON.stringify({ version: 1, draft: clean }))
    inMemory.delete(key)
    return { persisted: true }
  } catch {
    // Quota exceeded. An older, smaller draft must not come back after a reload instead.
    inMemory.set(key, clean)
    forgetStored(owner, storage)
    return { persisted: false }
  }
}

/** After the rows are added, or when the user clears the paste. */
export function clearDraft(owner: DraftOwner, storage = defaultStorage()): void {
  inMemory.delete(draftKeyFor(owner))
  forgetStored(owner, storage)
}

function forgetStored(owner: DraftOwner, storage: DraftStorage | null): void {
  removeStored(storage, draftKeyFor(owner))
}

/**
 * Calls `onChange` when another tab saves or clears this owner's draft (the `storage` event
 * fires only in the other tabs), with the draft as it now stands (null once cleared).
 */
export function subscribeToDraft(
  owner: DraftOwner,
  onChange: (draft: BulkDraft | null) => void,
): () => void {
  const key = draftKeyFor(owner)
  const onStorage = (event: StorageEvent) => {
    if (event.key !== key && event.key !== null) return
    const draft = readStored(event.key === null ? null : event.newValue)
    onChange(draft === 'unreadable' ? null : draft)
  }
  window.addEventListener('storage', onStorage)
  return () => window.removeEventListener('storage', onStorage)
}
