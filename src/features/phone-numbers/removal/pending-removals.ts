import { type QueryClient } from '@tanstack/react-query'

import { dismissToast, showToast } from '@/components/ui/toast-store'
import { labelOf } from '@/lib/phone/label-of'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { deleteAndSettle, pageIsShown, removalFailureReason } from './delete-and-settle'
import { forgetRemoval, rememberRemoval } from './durable-removals'

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
  const { businessID, label, queryClient } = removal
  try {
    await deleteAndSettle(queryClient, businessID, id, options)
    forgetRemoval(businessID, id)
  } catch (error) {
    // Told here, so not finished again on the next visit; unless no one can see this page.
    if (pageIsShown()) forgetRemoval(businessID, id)
    showToast({
      tone: 'error',
      message:
        `Could not delete ${label}; it is back in the list. ${removalFailureReason(error)}`.trim(),
      durationMs: 10_000,
    })
  } finally {
    pending.delete(id)
    emit()
  }
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
