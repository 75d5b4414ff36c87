import { type QueryClient } from '@tanstack/react-query'

import { type ApiError, isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { deletePhoneNumber } from '../api/phone-number-writes'
import { landedRemoval } from '../api/settle-unclear-write'

/**
 * Sends one DELETE. Resolves with null once the server holds the number removed, or with
 * the error when its answer was lost (the list must say); rejects when it definitely
 * failed. A 404 is no failure: the number is not there to remove (someone removed it
 * already), which is what the user asked for.
 */
export async function sendDelete(
  businessID: string,
  id: string,
  options: { keepalive?: boolean } = {},
): Promise<ApiError | null> {
  try {
    await deletePhoneNumber(businessID, id, options)
    return null
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null
    if (isApiError(error) && error.outcomeUnknown) return error
    throw error
  }
}

/**
 * Sends one DELETE and, when its answer was lost, believes the list rather than the error.
 * Resolves once the server holds the number removed (and the list on screen shows it);
 * rejects with the failure otherwise.
 */
export async function deleteAndSettle(
  queryClient: QueryClient,
  businessID: string,
  id: string,
  options: { keepalive?: boolean } = {},
): Promise<void> {
  const unclear = await sendDelete(businessID, id, options)
  if (unclear && !(await landedRemoval(queryClient, businessID, id))) throw unclear
  await showRemoved(queryClient, businessID, new Set([id]))
  refreshAfterRemoval(queryClient, businessID)
}

/** The list on screen holds `ids` removed, as the server now does. */
export async function showRemoved(
  queryClient: QueryClient,
  businessID: string,
  ids: ReadonlySet<string>,
): Promise<void> {
  const listKey = phoneNumberQueries.list(businessID).queryKey
  // A list read that left before the DELETE landed still holds the number active. Invalidating
  // cancels such a read only when the list has data (cancelRefetch); on a page's first read it
  // hands back the read in flight instead, which lands after the invalidation and brings the
  // row back. Cancelled here, the refetch that follows starts after the DELETE.
  if (queryClient.getQueryData(listKey) === undefined) {
    await queryClient.cancelQueries({ queryKey: listKey })
  }
  queryClient.setQueryData(listKey, (current) =>
    current?.map((item) => (ids.has(item.phoneNumberID) ? { ...item, isDeleted: true } : item)),
  )
}

/** The business's lists read afresh: once per removal, or once per Remove selected. */
export function refreshAfterRemoval(queryClient: QueryClient, businessID: string): void {
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
