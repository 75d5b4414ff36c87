import { z } from 'zod'

import { apiClient } from '@/lib/api/client'

import { phoneNumbersPath } from './phone-number-queries'
import { type PhoneNumber, type PhoneNumberInput, phoneNumberSchema } from './phone-number-schemas'

export function phoneNumberPath(businessID: string, phoneNumberID: string): string {
  return `${phoneNumbersPath(businessID)}/${encodeURIComponent(phoneNumberID)}`
}

/**
 * Sends a create (POST) or update (PUT). Resolves to the record the server answered with,
 * or null when it answered 2xx without one, or with a shape we do not know: the write
 * happened either way, so an odd body must not turn it into a failure the user would retry.
 * The caller refetches the list to learn what was stored.
 */
export async function sendPhoneNumber(
  method: 'POST' | 'PUT',
  path: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | null> {
  const body = await apiClient.request(path, {
    method,
    body: { phoneNumber: input.phoneNumber, name: input.name },
    schema: z.unknown(),
  })
  const parsed = phoneNumberSchema.safeParse(body)
  return parsed.success ? parsed.data : null
}

/** The list with `record` in it: replacing the version with its ID, else appended. */
export function withRecord(
  numbers: readonly PhoneNumber[] | undefined,
  record: PhoneNumber,
): PhoneNumber[] | undefined {
  if (!numbers) return undefined
  const index = numbers.findIndex((number) => number.phoneNumberID === record.phoneNumberID)
  if (index === -1) return [...numbers, record]
  return numbers.map((number, i) => (i === index ? record : number))
}
