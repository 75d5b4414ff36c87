import { type QueryClient } from '@tanstack/react-query'

import { dismissToast, showToast } from '@/components/ui/toast-store'
import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'
import { labelOf } from '@/lib/phone/label-of'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumber } from '../api/phone-number-schemas'
import { deletePhoneNumber } from '../api/phone-number-writes'
import { landedRemoval } from '../api/settle-unclear-write'

/**
 * Removal you can take back. A removed number leaves the list at once, but the DELETE
 * waits for the Undo window to close — or goes at once when the user leaves (another
 * page, a hidden or closed tab), with `keepalive` so it outlives the page. Each removal
 * moves waiting → sending exactly once, so it is never lost and never sent twice.
 */
export const undoWindowMs = 8000

interface PendingRemoval {
  number: PhoneNumber
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
  const toastID = showToast({
    message: `Deleted ${labelOf(number)}. Press Ctrl+Z to undo.`,
    durationMs: undoWindowMs,
    action: { label: 'Undo', onClick: () => undoRemoval(id) },
    onTimeout: () => void sendRemoval(id),
  })
  pending.set(id, { number, businessID, queryClient, state: 'waiting', toastID })
  emit()
}

export function undoRemoval(id: string): void {
  const removal = pending.get(id)
  if (removal?.state !== 'waiting') return
  pending.delete(id)
  dismissToast(removal.toastID)
  emit()
  showToast({ tone: 'success', message: `Restored ${labelOf(removal.number)}.`, durationMs: 3000 })
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
  const { businessID, number, queryClient } = removal
  try {
    try {
      await deletePhoneNumber(businessID, id, options)
    } catch (error) {
      // The answer was lost, but the removal may have landed: believe the list, not the error.
      if (
        !isApiError(error) ||
        !error.outcomeUnknown ||
        !(await landedRemoval(queryClient, businessID, id))
      ) {
        throw error
      }
    }
    queryClient.setQueryData(phoneNumberQueries.list(businessID).queryKey, (current) =>
      current?.map((item) => (item.phoneNumberID === id ? { ...item, isDeleted: true } : item)),
    )
    void queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(businessID) })
  } catch (error) {
    const reason = !isApiError(error)
      ? ''
      : error.isForbidden && error.detail
        ? error.detail
        : describeError(error)
    showToast({
      tone: 'error',
      message: `Could not delete ${labelOf(number)}; it is back in the list. ${reason}`.trim(),
      durationMs: 10_000,
    })
  } finally {
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
