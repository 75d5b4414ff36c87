import { useQuery } from '@tanstack/react-query'

import { sessionQueries } from './session-queries'

/** The business with this ID among the session's, once the list of businesses has loaded. */
export function useBusiness(businessID: string) {
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)
  return { business, businesses }
}
