import { z } from 'zod'

import {
  browserStorage,
  readStoredJSON,
  removeStored,
  writeStoredJSON,
} from '@/lib/storage/stored-json'

/**
 * A search typed when the page went away before the URL had it (the URL follows typing once
 * the list is drawn: search-writer.ts). A reload loads the address as it was when the reload
 * began, so what was typed is kept here, in the tab's sessionStorage, for the list that comes
 * back to that very address. One at a time; forgotten once a list has read it.
 */
const key = 'numbers-console.unwritten-search'
const noteSchema = z.object({ pathname: z.string(), search: z.string(), typed: z.string() })

/** Keeps `typed` for this address, as the address is now (before the search is written in). */
export function keepUnwrittenSearch(typed: string): void {
  const { pathname, search } = window.location
  // Storage full or off: a reload right after typing loses the text, as it always did.
  writeStoredJSON(
    browserStorage('sessionStorage'),
    key,
    noteSchema.parse({ pathname, search, typed }),
  )
}

/** The search kept for the address the page has now; null for none, another page's or junk. */
export function readUnwrittenSearch(): string | null {
  const note = readStoredJSON(browserStorage('sessionStorage'), key, noteSchema)
  if (!note) return null
  const { pathname, search, typed } = note
  return pathname === window.location.pathname && search === window.location.search ? typed : null
}

/** Read once: a later visit to the same address starts from its URL alone. */
export function forgetUnwrittenSearch(): void {
  removeStored(browserStorage('sessionStorage'), key)
}
