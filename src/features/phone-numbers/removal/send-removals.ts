import { type QueryClient } from '@tanstack/react-query'

import { landedRemovals } from '../api/settle-unclear-write'

import { pageIsShown, refreshAfterRemoval, sendDelete, showRemoved } from './delete-and-settle'
import { forgetRemovals, rememberRemovals } from './durable-removals'
import { holdRemovals, pendingRemoval, releaseRemovals } from './pending-store'
import { type FailedRemoval, removalFailureKindOf } from './removal-failure-kind'
import { reportRemovalFailures } from './removal-failure-toasts'

/**
 * How many DELETEs are in flight at once. Remove selected on 2,000 numbers sends them in
 * chunks of this many, the page answering between chunks, rather than 2,000 requests that
 * would crowd out the list's own reads (a browser sends six at a time to one host anyway).
 */
export const removalConcurrency = 5

const SHOW_EVERY_MS = 1_000

interface Failure {
  item: FailedRemoval
  error: unknown
}

/** A task boundary, so a click or a key waits for one chunk at most. Not a timer: a hidden tab slows those to one a second. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** One chunk: its DELETEs at once; those whose answer was lost, judged by one read of the list. */
async function sendChunk(
  queryClient: QueryClient,
  businessID: string,
  chunk: readonly FailedRemoval[],
  options: { keepalive?: boolean },
) {
  const sent = await Promise.all(
    chunk.map(async (item) => {
      try {
        return { item, unclear: await sendDelete(businessID, item.phoneNumberID, options) }
      } catch (error) {
        return { item, failed: error }
      }
    }),
  )
  const removed = new Set<string>()
  const failures: Failure[] = []
  const unclear: Failure[] = []
  for (const outcome of sent) {
    if ('failed' in outcome) failures.push({ item: outcome.item, error: outcome.failed })
    else if (outcome.unclear) unclear.push({ item: outcome.item, error: outcome.unclear })
    else removed.add(outcome.item.phoneNumberID)
  }
  if (unclear.length > 0) {
    const ids = unclear.map(({ item }) => item.phoneNumberID)
    const landed = await landedRemovals(queryClient, businessID, ids)
    for (const failure of unclear) {
      if (landed.has(failure.item.phoneNumberID)) removed.add(failure.item.phoneNumberID)
      else failures.push(failure)
    }
  }
  return { removed, failures }
}

/**
 * Sends removals already held as `sending`, a chunk at a time. The rows left the list when
 * the user removed them; each chunk's answers bring back only the ones that definitely
 * failed (told in one toast per kind of failure, with Retry), and the list is read afresh
 * once at the end. Leaving the page (`keepalive`), all go at once: there may be no page
 * left to send a second chunk, and durable-removals.ts finishes what does not arrive.
 */
export async function sendRemovals(
  queryClient: QueryClient,
  businessID: string,
  items: readonly FailedRemoval[],
  options: { keepalive?: boolean } = {},
): Promise<{ removed: number; failed: number }> {
  const size = options.keepalive === true ? Math.max(items.length, 1) : removalConcurrency
  const failures: Failure[] = []
  let removedCount = 0
  // Removed, still hidden: marked removed in the list's data (and forgotten from storage)
  // about once a second, not per chunk: each new list (2,500 rows) is sorted again, and the
  // stored removals (2,000 of them) read and written again.
  const done = new Set<string>()
  let shownAt = performance.now()
  const showDone = async () => {
    const ids = new Set(done)
    done.clear()
    shownAt = performance.now()
    try {
      if (ids.size > 0) {
        await showRemoved(queryClient, businessID, ids)
        // Confirmed by the server: nothing left to finish on a later visit.
        forgetRemovals(businessID, ids)
      }
    } finally {
      releaseRemovals(ids)
    }
  }
  try {
    for (let from = 0; from < items.length; from += size) {
      const chunk = items.slice(from, from + size)
      try {
        const { removed, failures: failed } = await sendChunk(
          queryClient,
          businessID,
          chunk,
          options,
        )
        removedCount += removed.size
        for (const id of removed) done.add(id)
        // Told below, so not finished again on the next visit; unless no one can see this page.
        if (failed.length > 0 && pageIsShown()) {
          forgetRemovals(businessID, new Set(failed.map(({ item }) => item.phoneNumberID)))
        }
        failures.push(...failed)
      } finally {
        // What failed comes back at once; what was removed leaves with the next showDone.
        releaseRemovals(chunk.map((item) => item.phoneNumberID).filter((id) => !done.has(id)))
      }
      if (performance.now() - shownAt >= SHOW_EVERY_MS) await showDone()
      if (from + size < items.length) await yieldToBrowser()
    }
  } finally {
    await showDone()
  }
  if (removedCount > 0) refreshAfterRemoval(queryClient, businessID)
  reportFailures(queryClient, businessID, failures)
  return { removed: removedCount, failed: failures.length }
}

function reportFailures(queryClient: QueryClient, businessID: string, failures: Failure[]) {
  const byKind = new Map<string, { items: FailedRemoval[]; error: unknown }>()
  for (const { item, error } of failures) {
    const kind = removalFailureKindOf(error)
    const group = byKind.get(kind) ?? { items: [], error }
    group.items.push(item)
    group.error = error
    byKind.set(kind, group)
  }
  for (const { items, error } of byKind.values()) {
    reportRemovalFailures(businessID, items, error, (again) =>
      retryRemovals(queryClient, businessID, again),
    )
  }
}

/**
 * Retry on a failure toast: sends each of `items` once more, now (the user has just asked,
 * so no second Undo window), chunked like Remove selected. One the user has deleted again
 * meanwhile is left to that removal, so nothing is sent twice.
 */
export function retryRemovals(
  queryClient: QueryClient,
  businessID: string,
  items: readonly FailedRemoval[],
): void {
  const fresh = items.filter((item) => pendingRemoval(item.phoneNumberID) === undefined)
  if (fresh.length === 0) return
  rememberRemovals(businessID, fresh)
  void holdAndSend(queryClient, businessID, fresh)
}

/**
 * Holds each of `items` not already on its way as `sending`, and sends them now: for Retry,
 * and for the removals an earlier visit left (resume-removals.ts).
 */
export function holdAndSend(
  queryClient: QueryClient,
  businessID: string,
  items: readonly FailedRemoval[],
) {
  const fresh = items.filter((item) => pendingRemoval(item.phoneNumberID) === undefined)
  holdRemovals(
    fresh.map((item) => [
      item.phoneNumberID,
      { label: item.label, businessID, queryClient, state: 'sending', toastID: -1, batch: null },
    ]),
  )
  return sendRemovals(queryClient, businessID, fresh)
}
