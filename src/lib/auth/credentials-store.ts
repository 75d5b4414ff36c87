// zod/mini: this module is on the first visit's path, where every kilobyte counts.
import { z } from 'zod/mini'

import {
  browserStorage,
  readStoredJSON,
  removeStored,
  writeStoredJSON,
} from '@/lib/storage/stored-json'

/**
 * Who the dashboard talks to, and with which token. Kept in memory and mirrored to
 * sessionStorage so a reload keeps the user signed in within the tab, while closing the
 * tab forgets it. Never localStorage (it outlives the session and is shared by all tabs)
 * and never a URL (it would leak into history, logs and Referer headers).
 */
export const credentialsSchema = z.object({
  accessToken: z.string().check(z.minLength(1)),
  apiBaseUrl: z.string().check(z.minLength(1)),
  /** Shown to the user: the persona's name or "Access token". */
  label: z.string(),
  source: z.enum(['sandbox', 'token']),
  personaID: z.optional(z.string()),
  /** A sandbox persona's role; support agents act for businesses that are not their own. */
  role: z.optional(z.enum(['pro', 'support'])),
})

export type Credentials = z.infer<typeof credentialsSchema>

const storageKey = 'numbers-console.credentials'

type Listener = () => void
const listeners = new Set<Listener>()

// Storage can be disabled (privacy modes) or hold junk: then the tab starts signed out.
let current: Credentials | null = readStoredJSON(
  browserStorage('sessionStorage'),
  storageKey,
  credentialsSchema,
)

export function getCredentials(): Credentials | null {
  return current
}

export function setCredentials(next: Credentials | null): void {
  current = next
  const storage = browserStorage('sessionStorage')
  // Storage full or off: memory still holds the session; only a reload would lose it.
  if (next) writeStoredJSON(storage, storageKey, next)
  else removeStored(storage, storageKey)
  for (const listener of listeners) listener()
}

export function subscribeToCredentials(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
