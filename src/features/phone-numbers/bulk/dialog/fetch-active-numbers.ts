import { apiClient } from '@/lib/api/client'
import { requireBody } from '@/lib/api/require-body'

import { phoneNumbersPath } from '../../api/phone-number-queries'
import { phoneNumberListSchema } from '../../api/phone-number-schemas'

/**
 * The business's active numbers (E.164), read from the server now: never the query cache,
 * nor a read already in flight that started before the write it must tell about. The
 * registration engine reads before it resends anything whose outcome it does not know.
 */
export async function fetchActiveNumbers(
  businessID: string,
  signal?: AbortSignal,
): Promise<Set<string>> {
  const body = await apiClient.request(phoneNumbersPath(businessID), {
    schema: phoneNumberListSchema,
    signal,
  })
  const { phoneNumbers } = requireBody(body, 'the list of numbers')
  return new Set(phoneNumbers.filter((number) => !number.isDeleted).map((n) => n.phoneNumber))
}
