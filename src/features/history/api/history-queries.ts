import { infiniteQueryOptions } from '@tanstack/react-query'

import { historyQuery, type HistoryFilters } from '../model/history-filters'
import { fetchHistoryPage } from './history-requests'

interface HistoryScope {
  businessID: string
  phoneNumberID?: string | undefined
}

/** The history's query keys: a business, a number of it, and the filters. */
export const historyKeys = {
  all: () => ['history'] as const,
  business: (businessID: string) => [...historyKeys.all(), businessID] as const,
  list: (scope: HistoryScope, filters: HistoryFilters) =>
    [...historyKeys.business(scope.businessID), scope.phoneNumberID ?? null, filters] as const,
}

export const historyQueries = {
  list: (scope: HistoryScope, filters: HistoryFilters) =>
    infiniteQueryOptions({
      queryKey: historyKeys.list(scope, filters),
      // "Last 7 days" is counted from when the page is read, so the key holds the choice.
      queryFn: ({ pageParam, signal }) =>
        fetchHistoryPage(historyQuery(scope, filters, Date.now()), pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      // A write elsewhere adds rows: read afresh each time the history is opened.
      staleTime: 0,
    }),
}
