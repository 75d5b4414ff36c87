import { queryOptions } from '@tanstack/react-query'

import { apiClient } from '@/lib/api/client'
import { requireBody } from '@/lib/api/require-body'

import { phoneNumberListSchema } from './phone-number-schemas'

export function phoneNumbersPath(businessID: string): string {
  return `/v4/businesses/${encodeURIComponent(businessID)}/associate-phone-numbers`
}

/** Keys from general to specific, so one business's numbers can be invalidated at once. */
export const phoneNumberQueries = {
  all: () => ['phone-numbers'] as const,
  business: (businessID: string) => [...phoneNumberQueries.all(), businessID] as const,
  list: (businessID: string) =>
    queryOptions({
      queryKey: [...phoneNumberQueries.business(businessID), 'list'] as const,
      queryFn: async ({ signal }) => {
        const body = await apiClient.request(phoneNumbersPath(businessID), {
          schema: phoneNumberListSchema,
          signal,
        })
        return requireBody(body, 'the list of numbers').phoneNumbers
      },
      // Lists run to thousands of rows: deep-comparing each refetch costs more than it saves.
      structuralSharing: false,
    }),
}
