import { useMutation, useQueryClient } from '@tanstack/react-query'

import { phoneNumberQueries } from './phone-number-queries'
import { type PhoneNumberInput } from './phone-number-schemas'
import { updatePhoneNumber } from './phone-number-writes'
import { withRecord } from './with-record'

export interface UpdatePhoneNumberVariables extends PhoneNumberInput {
  phoneNumberID: string
}

/**
 * Updates one number, optimistically: the list shows the edit at once and, if the server
 * refuses it, only that row goes back to what it was (other rows may have changed since,
 * by a removal for instance, and must not be rolled back with it). Never retried.
 */
export function useUpdatePhoneNumber(businessID: string) {
  const queryClient = useQueryClient()
  const listKey = phoneNumberQueries.list(businessID).queryKey
  return useMutation({
    mutationFn: ({ phoneNumberID, ...input }: UpdatePhoneNumberVariables) =>
      updatePhoneNumber(businessID, phoneNumberID, input),
    retry: false,
    onMutate: async ({ phoneNumberID, phoneNumber, name }) => {
      // A refetch landing after the optimistic write would briefly show the old values.
      await queryClient.cancelQueries({ queryKey: listKey })
      const before = queryClient
        .getQueryData(listKey)
        ?.find((number) => number.phoneNumberID === phoneNumberID)
      if (before) {
        queryClient.setQueryData(listKey, (numbers) =>
          withRecord(numbers, { ...before, phoneNumber, name }),
        )
      }
      return { before }
    },
    onError: (_error, _variables, context) => {
      const before = context?.before
      if (!before) return
      queryClient.setQueryData(listKey, (numbers) => withRecord(numbers, before))
    },
    onSuccess: (updated) => {
      if (updated) queryClient.setQueryData(listKey, (numbers) => withRecord(numbers, updated))
    },
    onSettled: () => {
      // Not awaited: the list already shows the edit, so the dialog need not wait for this.
      void queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(businessID) })
    },
  })
}
