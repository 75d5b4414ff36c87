import { type QueryClient } from '@tanstack/react-query'

import { fetchPhoneNumbers } from './fetch-phone-numbers'
import { phoneNumberQueries } from './phone-number-queries'
import { type PhoneNumber, type PhoneNumberInput } from './phone-number-schemas'

/*
 * A write whose answer was lost (a timeout, a 5xx, a dropped connection) may or may not have
 * been applied. Nothing is sent again on a guess: the list is read afresh — never from the
 * cache, nor a read already in flight, which may have left before the write arrived — and
 * the write is judged by what the list holds. A list that cannot be read settles nothing.
 */

/** A fresh read through the query cache, so that the list on screen learns the answer too. */
async function rereadList(
  queryClient: QueryClient,
  businessID: string,
  { retry }: { retry?: false } = {},
): Promise<PhoneNumber[] | null> {
  const list = phoneNumberQueries.list(businessID)
  try {
    await queryClient.cancelQueries({ queryKey: list.queryKey })
    // Left out unless set: an explicit `retry: undefined` would override the client's policy.
    return await queryClient.query({ ...list, staleTime: 0, ...(retry === false && { retry }) })
  } catch {
    return null
  }
}

/**
 * A create: the active record holding exactly `input`, or undefined when the server does not
 * hold it or cannot be read (the read is retried like any other: see query-client.ts).
 */
export async function findLandedCreate(
  queryClient: QueryClient,
  businessID: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | undefined> {
  const numbers = await rereadList(queryClient, businessID)
  return numbers?.find(
    (number) =>
      !number.isDeleted && number.phoneNumber === input.phoneNumber && number.name === input.name,
  )
}

/**
 * A removal: whether the list shows the number removed. One read, no retries: the user is
 * waiting to hear what became of it, and a wrong "it is back" is harmless (deleting again
 * is idempotent).
 */
export async function landedRemoval(
  queryClient: QueryClient,
  businessID: string,
  phoneNumberID: string,
): Promise<boolean> {
  return (await landedRemovals(queryClient, businessID, [phoneNumberID])).has(phoneNumberID)
}

/** Several removals at once (a chunk of Remove selected), judged by one read of the list. */
export async function landedRemovals(
  queryClient: QueryClient,
  businessID: string,
  phoneNumberIDs: readonly string[],
): Promise<Set<string>> {
  const numbers = await rereadList(queryClient, businessID, { retry: false })
  const asked = new Set(phoneNumberIDs)
  const landed = new Set<string>()
  for (const number of numbers ?? []) {
    if (number.isDeleted && asked.has(number.phoneNumberID)) landed.add(number.phoneNumberID)
  }
  return landed
}

/** The numbers (E.164) of the active records: what a new registration must not repeat. */
export function activeNumbersOf(numbers: readonly PhoneNumber[]): Set<string> {
  return new Set(numbers.filter((number) => !number.isDeleted).map((n) => n.phoneNumber))
}

/**
 * A bulk run: the active numbers, read straight from the server rather than through the
 * cache. The run reads after every unclear chunk, and judges its rows itself (see
 * register-ledger.ts); the list behind the dialog is refetched once, when the run ends, and
 * closing the dialog aborts a read on its way (`signal`).
 */
export async function fetchActiveNumbers(
  businessID: string,
  signal?: AbortSignal,
): Promise<Set<string>> {
  return activeNumbersOf(await fetchPhoneNumbers(businessID, signal))
}
