import { useMutation, useQueryClient } from '@tanstack/react-query'

import { phoneNumberQueries, phoneNumbersPath } from './phone-number-queries'
import { type PhoneNumberInput } from './phone-number-schemas'
import { sendPhoneNumber, withRecord } from './phone-number-writes'

/**
 * Registers one number. The answer (200 or 201) goes into the cached list at once when it
 * carries the record; the list is refetched in any case, which also covers an answer with
 * no body and a failure whose outcome is unknown (a timeout, a 5xx). Never retried: a
 * create sent twice could register twice, or fail the second time as a duplicate.
 */
export function useCreatePhoneNumber(businessID: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (input: PhoneNumberInput) =>
      sendPhoneNumber('POST', phoneNumbersPath(businessID), input),
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
