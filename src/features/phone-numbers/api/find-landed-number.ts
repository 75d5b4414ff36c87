import { type QueryClient } from '@tanstack/react-query'

import { phoneNumberQueries } from './phone-number-queries'
import { type PhoneNumber, type PhoneNumberInput } from './phone-number-schemas'

/**
 * Reads the list afresh to learn whether a create whose answer was lost (a timeout, a 5xx,
 * a dropped connection) was applied after all. Resolves to the active record holding exactly
 * `input`, or undefined when the server does not hold it, or cannot be read either (the read
 * is retried like any other: see query-client.ts).
 */
export async function findLandedNumber(
  queryClient: QueryClient,
  businessID: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | undefined> {
  const list = phoneNumberQueries.list(businessID)
  try {
    // A read already in flight may have left before the write arrived: start a new one.
    await queryClient.cancelQueries({ queryKey: list.queryKey })
    const numbers = await queryClient.query({ ...list, staleTime: 0 })
    return numbers.find(
      (number) =>
        !number.isDeleted && number.phoneNumber === input.phoneNumber && number.name === input.name,
    )
  } catch {
    return undefined
  }
}
