import { z } from 'zod'

import { keepUnwrittenSearch } from './unwritten-search'

// Typing stops for a moment often enough; a busy page still writes the URL within this.
const IDLE_TIMEOUT_MS = 1_000
// Where there is no requestIdleCallback: past a keystroke's filter and render.
const NO_IDLE_DELAY_MS = 150

/** react-router keeps a key for each history entry in history.state. */
const entrySchema = z.object({ key: z.string() })
function currentEntry(): string {
  const parsed = entrySchema.safeParse(window.history.state)
  return parsed.success ? parsed.data.key : window.location.href
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS })
    return () => window.cancelIdleCallback(id)
  }
  const id = window.setTimeout(run, NO_IDLE_DELAY_MS)
  return () => window.clearTimeout(id)
}

export interface SearchWriter {
  /** Writes a search into the URL once the browser is idle, in place of one still waiting. */
  schedule: (write: () => void, typed: string) => void
  /** Writes the waiting search now, if there is one. */
  flush: () => void
  /** Forgets the waiting search: the URL moved on without it (back, forward, a link). */
  cancel: () => void
}

/**
 * Writing the URL on every keystroke (a router navigation, and every part of the page that
 * reads the location drawn again) made each key slower, so the search is written once typing
 * lets the browser rest. It is written at once, though, before anything could want it there:
 * a press or click anywhere (a link carries the search on), focus leaving the field, the tab
 * hidden, the page going away. A reload loads the address as it was when it began, whatever
 * is written then, so the text also goes into the tab's storage for the list to find again.
 */
export function createSearchWriter(): SearchWriter {
  let pending: { write: () => void; typed: string; entry: string; stopIdle: () => void } | null =
    null

  const stop = () => {
    pending?.stopIdle()
    pending = null
    document.removeEventListener('pointerdown', flush, true)
    document.removeEventListener('focusout', flush, true)
    document.removeEventListener('visibilitychange', onVisibility)
    window.removeEventListener('pagehide', onPageHide)
  }
  function flush() {
    const due = pending
    if (!due) return
    stop()
    // A step back or forward meanwhile: the URL is another entry's, not this search's.
    if (currentEntry() === due.entry) due.write()
  }
  function onVisibility() {
    if (document.visibilityState === 'hidden') flush()
  }
  function onPageHide(event: PageTransitionEvent) {
    // Kept from the back-forward cache, the page comes back as it was: nothing to keep.
    if (pending && !event.persisted) keepUnwrittenSearch(pending.typed)
    flush()
  }

  return {
    schedule(write, typed) {
      if (pending) {
        pending.write = write
        pending.typed = typed
        return
      }
      pending = { write, typed, entry: currentEntry(), stopIdle: whenIdle(flush) }
      document.addEventListener('pointerdown', flush, true)
      document.addEventListener('focusout', flush, true)
      document.addEventListener('visibilitychange', onVisibility)
      window.addEventListener('pagehide', onPageHide)
    },
    flush,
    cancel: stop,
  }
}
