import { z } from 'zod'

import { browserStorage, readStoredJSON, writeStoredJSON } from '@/lib/storage/stored-json'

/** How many businesses the finder keeps at its top. */
export const maxRecentBusinesses = 5

const storedSchema = z.object({ version: z.literal(1), businessIDs: z.array(z.string()) })

export type RecentStorage = Pick<Storage, 'getItem' | 'setItem'>

type Listener = () => void
const listeners = new Set<Listener>()
// Read once per user and kept, so that useSyncExternalStore gets the same array each time.
const cache = new Map<string, readonly string[]>()
const none: readonly string[] = []

/** Per signed-in user (their user ID, never a token): a support agent's list is their own. */
export const recentKeyFor = (userKey: string) =>
  `numbers-console.recent-businesses.${encodeURIComponent(userKey)}`

/** The businesses this user opened last, most recent first; [] when unknown or unreadable. */
export function readRecentBusinesses(
  userKey: string | null,
  storage: RecentStorage | null = browserStorage('localStorage'),
): readonly string[] {
  if (userKey === null) return none
  const held = cache.get(userKey)
  if (held) return held
  // Storage refused or the JSON broken: the list starts afresh.
  const stored = readStoredJSON(storage, recentKeyFor(userKey), storedSchema)
  const ids = stored ? stored.businessIDs.slice(0, maxRecentBusinesses) : none
  cache.set(userKey, ids)
  return ids
}

/** Puts a business at the top (once), keeping the few most recent. */
export function rememberBusiness(
  userKey: string,
  businessID: string,
  storage: RecentStorage | null = browserStorage('localStorage'),
): void {
  const before = readRecentBusinesses(userKey, storage)
  if (before[0] === businessID) return
  const ids = [businessID, ...before.filter((id) => id !== businessID)].slice(
    0,
    maxRecentBusinesses,
  )
  cache.set(userKey, ids)
  // Full or disabled storage: the list lasts until the page is reloaded.
  writeStoredJSON(storage, recentKeyFor(userKey), { version: 1, businessIDs: ids })
  for (const listener of listeners) listener()
}

export function subscribeToRecentBusinesses(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** For tests: forgets what was read, so the next read goes to storage again. */
export function forgetRecentBusinessesCache(): void {
  cache.clear()
}
