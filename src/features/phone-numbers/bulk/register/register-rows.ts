import { bulkCreatePhoneNumbers } from '../../api/bulk-create-phone-numbers'

import { classifyFailure, saysAlreadyRegistered, type ItemError } from './classify-failure'
import { createLedger } from './register-ledger'
import { abortableSleep, backoffSeconds, chunksOf } from './register-timing'
import {
  type RegisterOutcome,
  type RegisterRowsOptions,
  type RegistrableRow,
} from './register-outcome'

/** Thumbtack takes at most 100 numbers a request. */
export const BULK_LIMIT = 100

/**
 * Registers rows through the bulk-create endpoint: chunks of at most 100, two requests at a
 * time. Each row ends in exactly one of added, already registered or needs attention, and a
 * row is never sent again once a request holding it succeeded. The rules:
 * - refused, naming rows (400 errors[]): those rows get Thumbtack's message; the rest of the
 *   chunk goes again at once, as nothing of it was stored (all or nothing).
 * - unclear (network, timeout, 5xx, a refusal naming no row, 409): back off, then READ the
 *   list; rows now registered are settled (added, if an unclear request may have added them)
 *   and only the others are sent again. No resend without a successful read.
 * - 429: every request waits as Retry-After says, then the same chunk goes again.
 * - 401 (the client already asked the user to sign in again and replayed), 403, 404: stop;
 *   rows not yet sent are handed back, saying why. So after a chunk spent its retries on
 *   network failures or 5xx answers: Thumbtack is down, and the rest would fare no better.
 */
export async function registerRows<Row extends RegistrableRow>(
  options: RegisterRowsOptions<Row>,
): Promise<RegisterOutcome<Row>> {
  const { client, signal, stop, fetchActiveNumbers } = options
  const sleep = options.sleep ?? abortableSleep
  const maxRetries = options.maxRetries ?? 3
  const ledger = createLedger<Row>(options.rows.length, options.onProgress, options.onSettled)
  const queue = chunksOf(options.rows, Math.min(options.chunkSize ?? BULK_LIMIT, BULK_LIMIT))
  let pause: Promise<void> | null = null
  let rateLimitWaits = 0
  // Waits end early on either signal; requests take only `signal`, so a stop lets them finish.
  const waitSignal = signal && stop ? AbortSignal.any([signal, stop]) : (stop ?? signal)
  const stopping = () => signal?.aborted === true || stop?.aborted === true

  async function wait(seconds: number, reason: 'rate-limited' | 'retrying') {
    ledger.setWaiting({ reason, seconds })
    await sleep(seconds * 1000, waitSignal).catch(() => undefined)
    ledger.setWaiting(null)
  }

  /** Every request waits out a 429, not just the one that got it. Resolves false to stop. */
  async function rateLimited(retryAfter: number | undefined): Promise<boolean> {
    rateLimitWaits++
    const seconds = retryAfter ?? backoffSeconds(rateLimitWaits)
    if (seconds > (options.maxWaitSeconds ?? 120) || rateLimitWaits > 10) {
      const message = `Thumbtack asked us to slow down. Try the rest again in ${Math.ceil(seconds / 60)} min.`
      ledger.stop('rate-limited', message)
      return false
    }
    pause ??= wait(seconds, 'rate-limited').finally(() => {
      pause = null
    })
    await pause
    return true
  }

  async function sendChunk(chunk: Row[]): Promise<void> {
    let pending = chunk
    let failures = 0
    let needsRead = false
    let lastMessage = ''
    let transient = false
    while (pending.length > 0) {
      if (stopping()) ledger.stop('aborted', 'Stopped before every number was sent.')
      if (ledger.stopped()) {
        ledger.notSent(pending)
        return
      }
      if (needsRead) {
        await wait(backoffSeconds(failures), 'retrying')
        const active = await fetchActiveNumbers(signal).catch(() => null)
        if (active) {
          pending = ledger.settleFound(pending, active)
          needsRead = false
        } else {
          failures++
        }
        if (pending.length > 0 && failures > maxRetries) {
          ledger.giveUp(pending, lastMessage, active !== null)
          // Thumbtack not answering one chunk after all the retries will not answer the next.
          if (transient) ledger.stop('unavailable', 'Thumbtack is not answering. Try again later.')
          return
        }
        // A failed read is tried again: nothing is resent without one.
        if (needsRead || pending.length === 0) continue
      }
      if (pause) await pause
      if (ledger.stopped()) continue
      try {
        const items = pending.map((row) => ({ phoneNumber: row.e164, name: row.name }))
        const records = await bulkCreatePhoneNumbers(client, options.businessID, items, signal)
        ledger.settleAdded(pending, records)
        pending = []
      } catch (error) {
        if (signal?.aborted) {
          ledger.maybeSent(pending)
          continue
        }
        const failure = classifyFailure(error, pending.length)
        if (failure.kind === 'refused') pending = settleRefused(pending, failure.items)
        else if (failure.kind === 'stop') ledger.stop(failure.reason, failure.message)
        else if (failure.kind === 'rate-limited') await rateLimited(failure.seconds)
        else {
          // Only an unclear answer may have stored the chunk; a 409 stored nothing.
          if (failure.kind === 'unclear') ledger.maybeSent(pending)
          transient = failure.kind === 'unclear' && failure.transient
          lastMessage = failure.message
          failures++
          needsRead = true
        }
      }
    }
  }

  function settleRefused(pending: Row[], items: ReadonlyMap<number, ItemError[]>): Row[] {
    return pending.filter((row, index) => {
      const errors = items.get(index)
      if (!errors) return true
      if (saysAlreadyRegistered(errors)) ledger.settleFound([row], new Set([row.e164]))
      else ledger.refuse(row, errors)
      return false
    })
  }

  async function worker() {
    for (let chunk = queue.shift(); chunk; chunk = queue.shift()) await sendChunk(chunk)
  }

  ledger.report()
  const workers = Math.max(1, options.concurrency ?? 2)
  await Promise.all(Array.from({ length: workers }, worker))
  return ledger.outcome()
}
