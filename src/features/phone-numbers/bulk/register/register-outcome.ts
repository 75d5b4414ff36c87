import { type ApiClient } from '@/lib/api/api-client'

import { type PhoneNumber } from '../../api/phone-number-schemas'

/** What the engine needs of a row; any richer row type (CheckedRow) passes through untouched. */
export interface RegistrableRow {
  line: number
  e164: string
  name: string
}

export interface AttentionRow<Row> {
  row: Row
  /** The field Thumbtack named, or null when the row as a whole was not added. */
  field: 'phoneNumber' | 'name' | null
  message: string
  /**
   * True when it is not known whether the number was added (the answer never came and the
   * list could not be read): re-read the list before sending it again.
   */
  unconfirmed: boolean
  /**
   * True when nothing is wrong with the row itself: it was not sent, or not confirmed, because
   * the run stopped or Thumbtack did not answer. It can go again as it is (once the list has
   * been read again, for an unconfirmed one); a refused row needs a fix first.
   */
  retryable: boolean
}

export type StopReason =
  'forbidden' | 'signed-out' | 'not-found' | 'rate-limited' | 'unavailable' | 'aborted'

export interface RegisterOutcome<Row> {
  /** Registered by this run; `record` is Thumbtack's answer when it sent one. */
  added: { row: Row; record: PhoneNumber | null }[]
  /** Found registered already (by someone else meanwhile): skipped, nothing to do. */
  alreadyRegistered: Row[]
  /** Not added: each with Thumbtack's message, to fix and send again. */
  needsAttention: AttentionRow<Row>[]
  /** Why the run ended before every row was tried, or null when it did not. */
  stopped: { reason: StopReason; message: string } | null
}

/**
 * What one step of the run settled, row by row (only the rows it settled): enough for a
 * caller to keep a record that outlives the page, such as the draft's "already added".
 */
export interface SettledRows<Row> {
  added: Row[]
  alreadyRegistered: Row[]
  needsAttention: AttentionRow<Row>[]
}

export interface RegisterProgress {
  total: number
  added: number
  alreadyRegistered: number
  needsAttention: number
  /** Set while the engine waits: Thumbtack asked it to slow down, or it backs off to retry. */
  waiting: { reason: 'rate-limited' | 'retrying'; seconds: number } | null
}

export interface RegisterRowsOptions<Row extends RegistrableRow> {
  businessID: string
  /** Ready rows, each number once (checkRows guarantees it). */
  rows: readonly Row[]
  client: Pick<ApiClient, 'request'>
  /** The business's active numbers (E.164), read fresh from the server. */
  fetchActiveNumbers: (signal?: AbortSignal) => Promise<ReadonlySet<string>>
  onProgress?: (progress: RegisterProgress) => void
  /** Called as rows settle, before the progress that counts them. */
  onSettled?: (settled: SettledRows<Row>) => void
  /** Injected so tests need no real waiting. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Ends the run at once: requests in flight are aborted, their rows left unconfirmed. */
  signal?: AbortSignal
  /**
   * Ends the run gently ("Cancel"): no new request starts and no wait goes on, but requests
   * already on their way finish and are counted, so that what was sent is reported exactly.
   */
  stop?: AbortSignal
  chunkSize?: number
  concurrency?: number
  /** Unclear failures tolerated per chunk before its rows are handed back (default 3). */
  maxRetries?: number
  /** The longest Retry-After worth waiting for; beyond it the run stops (default 120 s). */
  maxWaitSeconds?: number
}
