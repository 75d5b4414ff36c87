import { type QueryClient } from '@tanstack/react-query'

import { showToast } from '@/components/ui/toast-store'

import { deleteAndSettle, pageIsShown, removalFailureReason } from './delete-and-settle'
import { forgetRemoval, rememberedRemovals } from './durable-removals'
import { holdResumedRemoval } from './pending-removals'

/**
 * Finishes the removals an earlier visit left waiting (its last-moment DELETE failed, or
 * its answer never came back), and tells the user what became of each. Deleting is
 * idempotent and settled by the list, so one the server already holds removed is simply done.
 */
export function resumeRemovals(queryClient: QueryClient, businessID: string): void {
  for (const { phoneNumberID, label } of rememberedRemovals(businessID)) {
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
