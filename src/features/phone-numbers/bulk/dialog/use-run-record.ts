import { useRef } from 'react'

import { type BulkDraft, withAdded, withRefused, withRunStarted } from '../parse/bulk-draft'
import { type RegistrableRow, type SettledRows } from '../register/register-outcome'

/**
 * A run, recorded in the stored draft as it goes (see bulk-draft.ts): the rows added leave it
 * and the refused ones carry Thumbtack's message the moment they settle, so that a tab closed
 * mid-run leaves a draft from which a new tab sends only what was not sent. The draft on
 * screen is left alone until the run ends (re-reading 10,000 rows per chunk would cost more).
 */
export function useRunRecord(current: () => BulkDraft, saveNow: (draft: BulkDraft) => void) {
  const running = useRef<BulkDraft | null>(null)
  return {
    /** A run starts with `ready` rows: recorded before anything is sent. */
    started: (ready: number) => {
      running.current = withRunStarted(current(), ready)
      saveNow(running.current)
    },
    settled: (step: SettledRows<RegistrableRow>) => {
      if (!running.current) return
      const refused = step.needsAttention
        .filter((entry) => !entry.retryable)
        .map(({ row, field, message }) => ({
          line: row.line,
          problem: { field, reason: 'server' as const, message },
        }))
      if (step.added.length === 0 && refused.length === 0) return
      const added = step.added.map(({ line }) => line)
      running.current = withRefused(withAdded(running.current, added), refused)
      saveNow(running.current)
    },
    /** The draft as the run left it (null when none was recorded); the record ends. */
    finish: (): BulkDraft | null => {
      const recorded = running.current
      running.current = null
      return recorded
    },
  }
}
