import { z } from 'zod'

import { apiClient } from '@/lib/api/client'

import { phoneNumberPath, phoneNumbersPath } from './phone-number-paths'
import { type PhoneNumber, type PhoneNumberInput, phoneNumberSchema } from './phone-number-schemas'

// 200, 201 or 204, with or without a body: the write happened whatever the body says.
const anyBody = z.unknown()

/**
 * Resolves to the record the server answered with, or null when it answered 2xx without one,
 * or with a shape we do not know: the write happened either way, so an odd body must not turn
 * it into a failure the user would retry. The caller refetches the list to learn what was stored.
 */
async function send(
  method: 'POST' | 'PUT',
  path: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | null> {
  const body = await apiClient.request(path, {
    method,
    body: { phoneNumber: input.phoneNumber, name: input.name },
    schema: anyBody,
  })
  const parsed = phoneNumberSchema.safeParse(body)
  return parsed.success ? parsed.data : null
}

export function createPhoneNumber(
  businessID: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | null> {
  return send('POST', phoneNumbersPath(businessID), input)
}

export function updatePhoneNumber(
  businessID: string,
  phoneNumberID: string,
  input: PhoneNumberInput,
): Promise<PhoneNumber | null> {
  return send('PUT', phoneNumberPath(businessID, phoneNumberID), input)
}

/** `keepalive` lets the request outlive the page: a removal sent as the user leaves. */
export async function deletePhoneNumber(
  businessID: string,
  phoneNumberID: string,
  { keepalive = false }: { keepalive?: boolean } = {},
): Promise<void> {
  await apiClient.request(phoneNumberPath(businessID, phoneNumberID), {
    method: 'DELETE',
    schema: anyBody,
    keepalive,
  })
}
