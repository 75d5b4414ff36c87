import { type QueryClient } from '@tanstack/react-query'

import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { deletePhoneNumber } from '../api/phone-number-writes'
import { landedRemoval } from '../api/settle-unclear-write'

/**
 * Sends one DELETE and, when its answer was lost, believes the list rather than the error.
 * Resolves once the server holds the number removed (and the list on screen shows it);
 * rejects with the failure otherwise. A 404 is no failure: the number is not there to
 * remove (someone removed it already), which is what the user asked for.
 */
export async function deleteAndSettle(
  queryClient: QueryClient,
  businessID: string,
  id: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  try {
    await deletePhoneNumber(businessID, id, options)
  } catch (error) {
    const gone = isApiError(error) && error.status === 404
    if (
      !gone &&
      (!isApiError(error) ||
        !error.outcomeUnknown ||
        !(await landedRemoval(queryClient, businessID, id)))
    ) {
      throw error
    }
  }
  const listKey = phoneNumberQueries.list(businessID).queryKey
  // A list read that left before the DELETE landed still holds the number active. Invalidating
  // cancels such a read only when the list has data (cancelRefetch); on a page's first read it
  // hands back the read in flight instead, which lands after the invalidation and brings the
  // row back. Cancelled here, the refetch below starts after the DELETE.
  if (queryClient.getQueryData(listKey) === undefined) {
    await queryClient.cancelQueries({ queryKey: listKey })
  }
  queryClient.setQueryData(listKey, (current) =>
    current?.map((item) => (item.phoneNumberID === id ? { ...item, isDeleted: true } : item)),
  )
  void queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(businessID) })
}

/** Why a removal failed, in the user's terms ('' when there is nothing useful to add). */
export function removalFailureReason(error: unknown): string {
  if (!isApiError(error)) return ''
  return error.isForbidden && error.detail ? error.detail : describeError(error)
}

/**
 * Whether the user can still see this page. A send that fails while the page is hidden
 * (it is being left, reloaded or closed) has no one to tell, so it stays remembered.
 */
export function pageIsShown(): boolean {
  return document.visibilityState === 'visible'
}
