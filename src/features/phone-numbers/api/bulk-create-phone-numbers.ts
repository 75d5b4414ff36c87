import { z } from 'zod'

import { type ApiClient } from '@/lib/api/api-client'

import { bulkCreatePath } from './phone-number-paths'
import { type PhoneNumber, type PhoneNumberInput, phoneNumberSchema } from './phone-number-schemas'

const anyBody = z.unknown()
const createdSchema = z.object({ phoneNumbers: z.array(z.unknown()) })

/**
 * Registers up to 100 numbers in one request, all or nothing. Resolves to Thumbtack's records
 * for them by E.164, as far as it sent them in a shape we can read: a 201 with an odd body
 * still means they were stored. The client is passed in, so that the registration engine
 * can run against a fake in its tests.
 */
export async function bulkCreatePhoneNumbers(
  client: Pick<ApiClient, 'request'>,
  businessID: string,
  items: readonly PhoneNumberInput[],
  signal?: AbortSignal,
): Promise<Map<string, PhoneNumber>> {
  const body = await client.request(bulkCreatePath(businessID), {
    method: 'POST',
    body: { phoneNumbers: items },
    schema: anyBody,
    signal,
  })
  return recordsByNumber(body)
}

function recordsByNumber(body: unknown): Map<string, PhoneNumber> {
  const records = new Map<string, PhoneNumber>()
  const parsed = createdSchema.safeParse(body)
  for (const item of parsed.success ? parsed.data.phoneNumbers : []) {
    const record = phoneNumberSchema.safeParse(item)
    if (record.success) records.set(record.data.phoneNumber, record.data)
  }
  return records
}
