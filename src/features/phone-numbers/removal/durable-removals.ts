import { z } from 'zod'

import { getCredentials } from '@/lib/auth/credentials-store'
import {
  browserStorage,
  readStoredJSON,
  removeStored,
  writeStoredJSON,
} from '@/lib/storage/stored-json'

/**
 * Removals waiting in their Undo window, kept in localStorage until the server confirms
 * them. A removal sent as the page goes (reload, closed tab) may meet a 5xx or an expired
 * token with no page left to say so; kept here, the next visit of the same user to the same
 * business finishes it (see resume-removals.ts). localStorage, not sessionStorage: it must
 * outlive a closed tab. It holds IDs and labels only, never a token.
 */
const rememberedSchema = z.array(z.object({ phoneNumberID: z.string(), label: z.string() }))
export type RememberedRemoval = z.infer<typeof rememberedSchema>[number]

/** Per user (a persona, or the API a token sign-in talks to) and per business. */
function storageKey(businessID: string): string | null {
  const credentials = getCredentials()
  if (!credentials) return null
  const user = credentials.personaID ?? `token@${credentials.apiBaseUrl}`
  return `numbers-console.pending-removals:${user}:${businessID}`
}

export function rememberedRemovals(businessID: string): RememberedRemoval[] {
  const key = storageKey(businessID)
  if (!key) return []
  // Storage disabled or junk in it: nothing to finish.
  return readStoredJSON(browserStorage('localStorage'), key, rememberedSchema) ?? []
}

function write(businessID: string, removals: RememberedRemoval[]): void {
  const key = storageKey(businessID)
  if (!key) return
  const storage = browserStorage('localStorage')
  // Full or disabled storage: the removal still runs in this page, only not beyond it.
  if (removals.length === 0) removeStored(storage, key)
  else writeStoredJSON(storage, key, removals)
}

export function rememberRemoval(businessID: string, removal: RememberedRemoval): void {
  rememberRemovals(businessID, [removal])
}

/** Many at once (Remove selected): one read and one write of storage, not one per number. */
export function rememberRemovals(businessID: string, removals: readonly RememberedRemoval[]): void {
  const adding = new Set(removals.map((removal) => removal.phoneNumberID))
  const others = rememberedRemovals(businessID).filter((item) => !adding.has(item.phoneNumberID))
  write(businessID, [...others, ...removals])
}

export function forgetRemoval(businessID: string, phoneNumberID: string): void {
  forgetRemovals(businessID, new Set([phoneNumberID]))
}

export function forgetRemovals(businessID: string, phoneNumberIDs: ReadonlySet<string>): void {
  const kept = rememberedRemovals(businessID).filter(
    (item) => !phoneNumberIDs.has(item.phoneNumberID),
  )
  write(businessID, kept)
}
