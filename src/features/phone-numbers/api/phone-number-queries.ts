import { queryOptions } from '@tanstack/react-query'

import { fetchPhoneNumbers } from './fetch-phone-numbers'

/** Keys from general to specific, so one business's numbers can be invalidated at once. */
export const phoneNumberQueries = {
  all: () => ['phone-numbers'] as const,
  business: (businessID: string) => [...phoneNumberQueries.all(), businessID] as const,
  list: (businessID: string) =>
    queryOptions({
      queryKey: [...phoneNumberQueries.business(businessID), 'list'] as const,
      queryFn: ({ signal }) => fetchPhoneNumbers(businessID, signal),
      // Lists run to thousands of rows: deep-comparing each refetch costs more than it saves.
      structuralSharing: false,
    }),
}
