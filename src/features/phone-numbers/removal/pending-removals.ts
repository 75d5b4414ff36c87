import { type QueryClient } from '@tanstack/react-query'

import { dismissToast, showToast } from '@/components/ui/toast-store'
import { labelOf } from '@/lib/phone/label-of'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { deleteAndSettle, pageIsShown } from './delete-and-settle'
import { forgetRemoval, rememberRemoval } from './durable-removals'
import { type FailedRemoval } from './removal-failure-kind'
import { reportRemovalFailure, withdrawFailedRemoval } from './removal-failure-toasts'

/**
 * Removal you can take back. A removed number leaves the list at once, but the DELETE
 * waits for the Undo window to close — or goes at once when the user leaves (another
 * page, a hidden or closed tab), with `keepalive` so it outlives the page. Each removal
 * moves waiting → sending exactly once, so it is never lost and never sent twice. Until
 * the server confirms it, it is also remembered beyond the page (durable-removals.ts).
 */
export const undoWindowMs = 8000

interface PendingRemoval {
  label: string
  businessID: string
  queryClient: QueryClient
  state: 'waiting' | 'sending'
  toastID: number
}

const pending = new Map<string, PendingRemoval>()
const listeners = new Set<() => void>()
let snapshot: ReadonlySet<string> = new Set()

function emit() {
  snapshot = new Set(pending.keys())
  for (const listener of listeners) listener()
}

export function scheduleRemoval(
  queryClient: QueryClient,
  businessID: string,
  number: PhoneNumber,
): void {
  const id = number.phoneNumberID
  if (pending.has(id)) return
  const label = labelOf(number)
  // Deleted again after a failure: this removal, with its Undo, replaces that toast's Retry.
  withdrawFailedRemoval(businessID, id)
  rememberRemoval(businessID, { phoneNumberID: id, label })
  const toastID = showToast({
    message: `Deleted ${label}. Press Ctrl+Z to undo.`,
    durationMs: undoWindowMs,
    action: { label: 'Undo', onClick: () => undoRemoval(id) },
    onTimeout: () => void sendRemoval(id),
  })
  pending.set(id, { label, businessID, queryClient, state: 'waiting', toastID })
  emit()
}

export function undoRemoval(id: string): void {
  const removal = pending.get(id)
  if (removal?.state !== 'waiting') return
  pending.delete(id)
  forgetRemoval(removal.businessID, id)
  dismissToast(removal.toastID)
  emit()
  showToast({ tone: 'success', message: `Restored ${removal.label}.`, durationMs: 3000 })
}

/** Ctrl+Z (⌘Z): takes back the latest removal still in its undo window. */
export function undoLatestRemoval(): boolean {
  const waiting = [...pending].filter(([, removal]) => removal.state === 'waiting')
  const latest = waiting.at(-1)
  if (!latest) return false
  undoRemoval(latest[0])
  return true
}

export async function sendRemoval(
  id: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  const removal = pending.get(id)
  if (removal?.state !== 'waiting') return
  removal.state = 'sending'
  dismissToast(removal.toastID)
  await settleRemoval(id, removal, options)
}

/** Sends a removal now in the `sending` state, and tells the user if it failed. */
async function settleRemoval(
  id: string,
  { businessID, label, queryClient }: PendingRemoval,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  try {
    await deleteAndSettle(queryClient, businessID, id, options)
    forgetRemoval(businessID, id)
  } catch (error) {
    // Told here, so not finished again on the next visit; unless no one can see this page.
    if (pageIsShown()) forgetRemoval(businessID, id)
    reportRemovalFailure(businessID, { phoneNumberID: id, label }, error, (items) => {
      retryRemovals(queryClient, businessID, items)
    })
  } finally {
    pending.delete(id)
    emit()
  }
}

/**
 * Retry on a failure toast: sends each of `items` once more, at once (the user has just
 * asked, so no second Undo window). One the user has deleted again meanwhile is left to
 * that removal, so nothing is sent twice.
 */
function retryRemovals(
  queryClient: QueryClient,
  businessID: string,
  items: readonly FailedRemoval[],
): void {
  for (const { phoneNumberID: id, label } of items) {
    if (pending.has(id)) continue
    rememberRemoval(businessID, { phoneNumberID: id, label })
    const removal: PendingRemoval = {
      label,
      businessID,
      queryClient,
      state: 'sending',
      toastID: -1,
    }
    pending.set(id, removal)
    void settleRemoval(id, removal)
  }
  emit()
}

/**
 * Hides a removal remembered from an earlier visit while it is finished (resume-removals.ts);
 * returns how to let it go. One already pending here is left alone (false).
 */
export function holdResumedRemoval(id: string, businessID: string, queryClient: QueryClient) {
  if (pending.has(id)) return null
  pending.set(id, { label: '', businessID, queryClient, state: 'sending', toastID: -1 })
  emit()
  return () => {
    pending.delete(id)
    emit()
  }
}

/** Sends every removal still waiting; for when the user leaves the page or the tab. */
export function flushRemovals(): void {
  void sendWaitingRemovals({ keepalive: true })
}

/**
 * Sends every removal still waiting and settles when each has its answer: signing out
 * awaits it, since the token it is sent with is gone the moment the session ends.
 */
export async function sendWaitingRemovals(options: { keepalive?: boolean } = {}): Promise<void> {
  const waiting = [...pending].filter(([, removal]) => removal.state === 'waiting')
  await Promise.all(waiting.map(([id]) => sendRemoval(id, options)))
}

export function getPendingRemovalIDs(): ReadonlySet<string> {
  return snapshot
}

export function subscribeToPendingRemovals(listener: () => void): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
