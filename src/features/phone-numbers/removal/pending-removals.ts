import { type QueryClient } from '@tanstack/react-query'

import { dismissToast, showToast } from '@/components/ui/toast-store'
import { labelOf } from '@/lib/phone/label-of'

import { type PhoneNumber } from '../api/phone-number-schemas'
import { countLabel } from '../list/count-numbers'

import { forgetRemovals, rememberRemovals } from './durable-removals'
import {
  holdRemovals,
  type PendingRemoval,
  pendingRemoval,
  pendingRemovals,
  releaseRemovals,
} from './pending-store'
import { withdrawFailedRemovals } from './removal-failure-toasts'
import { sendRemovals } from './send-removals'

/**
 * Removal you can take back. A removed number leaves the list at once, but the DELETE
 * waits for the Undo window to close — or goes at once when the user leaves (another
 * page, a hidden or closed tab), with `keepalive` so it outlives the page. Each removal
 * moves waiting → sending exactly once, so it is never lost and never sent twice. Until
 * the server confirms it, it is also remembered beyond the page (durable-removals.ts).
 * Remove selected is one such removal for many numbers: one toast, one Undo, one send.
 */
export const undoWindowMs = 8000

export function scheduleRemoval(
  queryClient: QueryClient,
  businessID: string,
  number: PhoneNumber,
): void {
  scheduleRemovals(queryClient, businessID, [number])
}

/** Remove selected: the numbers not already on their way go under one toast and one Undo. */
export function scheduleRemovals(
  queryClient: QueryClient,
  businessID: string,
  numbers: readonly PhoneNumber[],
): void {
  const items = numbers
    .filter((number) => pendingRemoval(number.phoneNumberID) === undefined)
    .map((number) => ({ phoneNumberID: number.phoneNumberID, label: labelOf(number) }))
  const [first] = items
  if (!first) return
  const ids = items.map((item) => item.phoneNumberID)
  // Deleted again after a failure: this removal, with its Undo, replaces that toast's Retry.
  withdrawFailedRemovals(businessID, new Set(ids))
  rememberRemovals(businessID, items)
  const subject = items.length === 1 ? first.label : countLabel(items.length)
  const toastID = showToast({
    message: `Deleted ${subject}. Press Ctrl+Z to undo.`,
    durationMs: undoWindowMs,
    action: { label: 'Undo', onClick: () => undoRemoval(first.phoneNumberID) },
    onTimeout: () => void sendRemoval(first.phoneNumberID),
  })
  const batch = items.length === 1 ? null : ids
  holdRemovals(
    items.map(({ phoneNumberID, label }) => [
      phoneNumberID,
      { label, businessID, queryClient, state: 'waiting', toastID, batch },
    ]),
  )
}

/** The removal of `id` and those removed with it, as long as they still wait. */
function waitingWith(id: string, removal: PendingRemoval): [string, PendingRemoval][] {
  return (removal.batch ?? [id]).flatMap((member) => {
    const found = pendingRemoval(member)
    return found?.state === 'waiting' ? [[member, found] as [string, PendingRemoval]] : []
  })
}

export function undoRemoval(id: string): void {
  const removal = pendingRemoval(id)
  if (removal?.state !== 'waiting') return
  const undone = waitingWith(id, removal).map(([member]) => member)
  forgetRemovals(removal.businessID, new Set(undone))
  dismissToast(removal.toastID)
  releaseRemovals(undone)
  const subject = removal.batch === null ? removal.label : countLabel(undone.length)
  showToast({ tone: 'success', message: `Restored ${subject}.`, durationMs: 3000 })
}

/** Ctrl+Z (⌘Z): takes back the latest removal still in its undo window. */
export function undoLatestRemoval(): boolean {
  const latest = pendingRemovals()
    .filter(([, removal]) => removal.state === 'waiting')
    .at(-1)
  if (!latest) return false
  undoRemoval(latest[0])
  return true
}

export async function sendRemoval(
  id: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  const removal = pendingRemoval(id)
  if (removal?.state !== 'waiting') return
  const members = waitingWith(id, removal)
  for (const [, member] of members) member.state = 'sending'
  dismissToast(removal.toastID)
  const items = members.map(([phoneNumberID, { label }]) => ({ phoneNumberID, label }))
  await sendRemovals(removal.queryClient, removal.businessID, items, options)
}

/**
 * Hides a removal remembered from an earlier visit while it is finished (resume-removals.ts);
 * returns how to let it go. One already pending here is left alone (null).
 */
export function holdResumedRemoval(id: string, businessID: string, queryClient: QueryClient) {
  if (pendingRemoval(id)) return null
  holdRemovals([
    [id, { label: '', businessID, queryClient, state: 'sending', toastID: -1, batch: null }],
  ])
  return () => releaseRemovals([id])
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
  const waiting = pendingRemovals().filter(([, removal]) => removal.state === 'waiting')
  await Promise.all(waiting.map(([id]) => sendRemoval(id, options)))
}
