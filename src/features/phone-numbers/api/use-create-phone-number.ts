import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useRef } from 'react'

import { type ApiError, isApiError } from '@/lib/api/api-error'

import { phoneNumberQueries } from './phone-number-queries'
import { type PhoneNumberInput } from './phone-number-schemas'
import { createPhoneNumber } from './phone-number-writes'
import { findLandedCreate } from './settle-unclear-write'
import { withRecord } from './with-record'

const PHONE_FIELD = /(?:^|\.)phoneNumber$/

/** Thumbtack may refuse a duplicate with 409 or with a 400 naming the number. */
function isDuplicate(error: ApiError): boolean {
  if (error.status === 409) return true
  return error.status === 400 && error.fieldErrors.some(({ field }) => PHONE_FIELD.test(field))
}

const keyOf = (input: PhoneNumberInput) => `${input.phoneNumber}\u0000${input.name}`

/**
 * Registers one number. The answer (200 or 201) goes into the cached list at once when it
 * carries the record; the list is refetched in any case, which also covers an answer with
 * no body. Never retried: a create sent twice could register twice, or fail the second
 * time as a duplicate.
 *
 * When the outcome is unknown (a timeout, a 5xx, a dropped connection) the list is read
 * before giving up: if the number is there with this name, the create landed and counts as
 * done. If the user saves again after such a failure and the server calls it a duplicate,
 * the same check tells our own earlier create apart from somebody else's number.
 */
export function useCreatePhoneNumber(businessID: string) {
  const queryClient = useQueryClient()
  // Inputs whose create ended with an unknown outcome, for as long as this form is open.
  const unclear = useRef(new Set<string>())
  return useMutation({
    mutationFn: async (input: PhoneNumberInput) => {
      try {
        return await createPhoneNumber(businessID, input)
      } catch (error) {
        if (!isApiError(error)) throw error
        const key = keyOf(input)
        if (error.outcomeUnknown) unclear.current.add(key)
        else if (!(isDuplicate(error) && unclear.current.has(key))) throw error
        const landed = await findLandedCreate(queryClient, businessID, input)
        if (!landed) throw error
        unclear.current.delete(key)
        return landed
      }
    },
    retry: false,
    onSuccess: (created) => {
      if (!created) return
      queryClient.setQueryData(phoneNumberQueries.list(businessID).queryKey, (numbers) =>
        withRecord(numbers, created),
      )
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(businessID) })
    },
  })
}
