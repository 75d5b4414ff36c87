import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useSyncExternalStore } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { flushRemovals, scheduleRemovals, undoLatestRemoval } from './pending-removals'
import { getPendingRemovalIDs, subscribeToPendingRemovals } from './pending-store'
import { resumeRemovals } from './resume-removals'

function isUndoShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.shiftKey &&
    !event.altKey &&
    event.key.toLowerCase() === 'z'
  )
}

/** A text field keeps its own Ctrl+Z, for the typing it undoes. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.matches('input, textarea, select')
}

/**
 * The IDs hidden while their removal waits, and `remove` (or `removeMany`) to start one. Leaving the page,
 * hiding the tab or closing it sends what is waiting at once. Ctrl+Z (the toast says so)
 * takes back the latest removal while its window is open.
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

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isUndoShortcut(event) || isEditable(event.target)) return
      if (undoLatestRemoval()) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])

  const remove = useCallback(
    (number: PhoneNumber) => scheduleRemovals(queryClient, businessID, [number]),
    [queryClient, businessID],
  )
  // Remove selected: one toast and one Undo for them all.
  const removeMany = useCallback(
    (numbers: readonly PhoneNumber[]) => scheduleRemovals(queryClient, businessID, numbers),
    [queryClient, businessID],
  )
  return { hiddenIDs, remove, removeMany }
}
