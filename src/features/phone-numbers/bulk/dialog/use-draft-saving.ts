import { useCallback, useEffect, useRef, useState } from 'react'

import { type BulkDraft } from '../parse/bulk-draft'
import { clearDraft, type DraftOwner, saveDraft } from '../parse/draft-store'

const SAVE_DELAY_MS = 300

/**
 * Keeps the draft in step with storage: saved a beat after the last change (typing in 10,000
 * rows must not write 300 KB per keystroke), and at once when the dialog closes or the page
 * goes (a reload right after a fix keeps it).
 */
export function useDraftSaving(owner: DraftOwner, draft: BulkDraft) {
  const [persisted, setPersisted] = useState(true)
  const unsaved = useRef<BulkDraft | null>(null)

  const flush = useCallback(() => {
    const next = unsaved.current
    unsaved.current = null
    if (next) setPersisted(saveDraft(owner, next).persisted)
  }, [owner])

  useEffect(() => {
    unsaved.current = draft
    const timer = window.setTimeout(flush, SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [draft, flush])

  useEffect(() => {
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush])

  return {
    /** False when the draft fits only in memory: it is lost on a reload. */
    persisted,
    /** Saves at once: after a run, which may end after the dialog has closed. */
    saveNow: (next: BulkDraft) => {
      unsaved.current = null
      setPersisted(saveDraft(owner, next).persisted)
    },
    /** Forgets the draft, stored and pending. */
    forget: () => {
      unsaved.current = null
      clearDraft(owner)
      setPersisted(true)
    },
  }
}
