import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import {
  flushRemovals,
  getPendingRemovalIDs,
  scheduleRemoval,
  subscribeToPendingRemovals,
} from './pending-removals'
import { resumeRemovals } from './resume-removals'

/**
 * The IDs hidden while their removal waits, and `remove` to start one. Leaving the page,
 * hiding the tab or closing it sends what is waiting at once.
 */
export function usePendingRemovals(businessID: string) {
  const queryClient = useQueryClient()
  const hiddenIDs = useSyncExternalStore(subscribeToPendingRemovals, getPendingRemovalIDs)

  // Removals an earlier visit could not finish: finished now, and the user told.
  useEffect(() => resumeRemovals(queryClient, businessID), [queryClient, businessID])

  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushRemovals()
    }
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('pagehide', flushRemovals)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('pagehide', flushRemovals)
      // Navigating to another page or business: nothing is left waiting behind.
      flushRemovals()
    }
  }, [businessID])

  const remove = useCallback(
    (number: PhoneNumber) => scheduleRemoval(queryClient, businessID, number),
    [queryClient, businessID],
  )
  return { hiddenIDs, remove }
}
