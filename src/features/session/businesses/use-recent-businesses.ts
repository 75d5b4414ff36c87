import { useCallback, useSyncExternalStore } from 'react'

import { useUserKey } from '../use-user-key'

import {
  readRecentBusinesses,
  rememberBusiness,
  subscribeToRecentBusinesses,
} from './recent-businesses'

/** The signed-in user's recently opened businesses, most recent first, and how to add one. */
export function useRecentBusinesses() {
  const { userKey } = useUserKey()
  const read = useCallback(() => readRecentBusinesses(userKey), [userKey])
  const recentIDs = useSyncExternalStore(subscribeToRecentBusinesses, read, read)
  const remember = useCallback(
    (businessID: string) => {
      if (userKey !== null) rememberBusiness(userKey, businessID)
    },
    [userKey],
  )
  return { recentIDs, remember }
}
