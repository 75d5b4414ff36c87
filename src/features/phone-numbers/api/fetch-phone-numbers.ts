import { apiClient } from '@/lib/api/client'
import { requireBody } from '@/lib/api/require-body'

import { phoneNumbersPath } from './phone-number-paths'
import { type PhoneNumber } from './phone-number-schemas'
import { fastPhoneNumberListSchema } from './read-phone-number-list'

/** The business's numbers, removed ones included, as the server holds them now. */
export async function fetchPhoneNumbers(
  businessID: string,
  signal?: AbortSignal,
): Promise<PhoneNumber[]> {
  const body = await apiClient.request(phoneNumbersPath(businessID), {
    schema: fastPhoneNumberListSchema,
    signal,
  })
  return requireBody(body, 'the list of numbers').phoneNumbers
}
