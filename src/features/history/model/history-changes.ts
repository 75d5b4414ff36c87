import type { HistoryEntry } from './history-schemas'

/** One thing someone did: a write's attempt and outcome together, or one event. */
export interface HistoryChange {
  requestID: string
  /** The row that says what was asked (the attempt, else the outcome or event). */
  asked: HistoryEntry
  /** How it ended; undefined when no outcome is on record (yet). */
  outcome: HistoryEntry | undefined
}

/**
 * Rows (newest first, maybe across pages) joined by request ID, newest change first. A
 * page boundary can split a pair: its halves join once the next page is read.
 */
export function historyChanges(entries: readonly HistoryEntry[]): HistoryChange[] {
  const byRequest = new Map<string, { attempt?: HistoryEntry; outcome?: HistoryEntry }>()
  for (const e of entries) {
    // An event stands alone: the sign-in rows of one visit (one per business) share an ID.
    const key = e.phase === 'event' ? e.id : e.requestID
    const pair = byRequest.get(key) ?? {}
    if (e.phase === 'attempt') pair.attempt = e
    else pair.outcome = e
    byRequest.set(key, pair)
  }
  return [...byRequest.entries()].flatMap(([requestID, pair]) => {
    const asked = pair.attempt ?? pair.outcome
    return asked ? [{ requestID, asked, outcome: pair.outcome }] : []
  })
}
