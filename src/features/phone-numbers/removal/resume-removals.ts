import { type QueryClient } from '@tanstack/react-query'

import { showToast } from '@/components/ui/toast-store'
import { groupedCount } from '@/lib/format/grouped-count'

import { deleteAndSettle, pageIsShown, removalFailureReason } from './delete-and-settle'
import { forgetRemoval, type RememberedRemoval, rememberedRemovals } from './durable-removals'
import { holdResumedRemoval } from './pending-removals'
import { holdAndSend } from './send-removals'

/**
 * Finishes the removals an earlier visit left waiting (its last-moment DELETE failed, or
 * its answer never came back), and tells the user what became of each. Deleting is
 * idempotent and settled by the list, so one the server already holds removed is simply done.
 */
export function resumeRemovals(queryClient: QueryClient, businessID: string): void {
  const remembered = rememberedRemovals(businessID)
  // Many (a Remove selected cut short by leaving): chunked, and one toast for them all.
  if (remembered.length > 1) {
    void resumeMany(queryClient, businessID, remembered)
    return
  }
  for (const { phoneNumberID, label } of remembered) {
    const release = holdResumedRemoval(phoneNumberID, businessID, queryClient)
    if (!release) continue
    void deleteAndSettle(queryClient, businessID, phoneNumberID)
      .then(
        () => {
          forgetRemoval(businessID, phoneNumberID)
          showToast({
            tone: 'success',
            message: `Removed ${label}, which was waiting when you left.`,
            durationMs: 10_000,
          })
        },
        (error: unknown) => {
          if (pageIsShown()) forgetRemoval(businessID, phoneNumberID)
          const reason = removalFailureReason(error)
          showToast({
            tone: 'error',
            message:
              `Could not remove ${label}, which was waiting when you left; it is still in the list. ${reason}`.trim(),
            durationMs: 10_000,
          })
        },
      )
      .finally(release)
  }
}

/** Failures are told like any other failed removal (one toast per kind, with Retry). */
async function resumeMany(
  queryClient: QueryClient,
  businessID: string,
  remembered: readonly RememberedRemoval[],
): Promise<void> {
  const { removed } = await holdAndSend(queryClient, businessID, remembered)
  if (removed === 0) return
  showToast({
    tone: 'success',
    message: `Removed ${groupedCount(removed)} ${removed === 1 ? 'number, which was' : 'numbers, which were'} waiting when you left.`,
    durationMs: 10_000,
  })
}
