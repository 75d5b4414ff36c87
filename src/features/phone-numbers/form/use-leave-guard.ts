import { useCallback, useEffect, useRef, useState } from 'react'
import { useBlocker } from 'react-router'

import { type SavedNumber } from '../list/saved-number-state'

export interface LeaveGuard {
  /** "Discard changes?" is on screen. */
  asking: boolean
  /** Escape, the close button, the backdrop or Cancel: asks first when there are changes. */
  requestClose: () => void
  /** The answer "Discard": closes, or lets a held-up navigation (the back button) go on. */
  discard: () => void
  /** The answer "Keep editing": stays, and cancels a held-up navigation. */
  keepEditing: () => void
  /** Leaves without asking, e.g. after a save (naming the number saved, for the list). */
  leave: (saved?: SavedNumber) => void
}

/**
 * Keeps a changed form from being lost by accident. Closing the dialog, a navigation inside
 * the app (react-router's useBlocker, which also catches the back and forward buttons) and
 * closing or reloading the tab (`beforeunload`, where the browser asks in its own words) all
 * ask first while the form has changes; once the user has chosen to leave, nothing asks again.
 *
 * `isDirty` is asked at the moment of leaving rather than passed in as state: an Escape
 * pressed right after typing must see that keystroke, before any re-render has happened.
 */
export function useLeaveGuard({
  isDirty,
  onLeave,
}: {
  isDirty: () => boolean
  onLeave: (saved?: SavedNumber) => void
}): LeaveGuard {
  const [askingToClose, setAskingToClose] = useState(false)
  const isDirtyRef = useRef(isDirty)
  // Set by `leave()` in the same event that starts the navigation it must let through.
  const leavingRef = useRef(false)
  useEffect(() => {
    isDirtyRef.current = isDirty
  })
  const hasChanges = useCallback(() => !leavingRef.current && isDirtyRef.current(), [])

  const blocker = useBlocker(hasChanges)

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!hasChanges()) return
      event.preventDefault()
      // Older Safari and Firefox only ask when returnValue is set.
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- see above
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [hasChanges])

  const leave = useCallback(
    (saved?: SavedNumber) => {
      leavingRef.current = true
      onLeave(saved)
    },
    [onLeave],
  )

  const blocked = blocker.state === 'blocked'
  return {
    asking: askingToClose || blocked,
    requestClose: () => {
      if (askingToClose || blocked) return
      if (hasChanges()) setAskingToClose(true)
      else leave()
    },
    discard: () => {
      setAskingToClose(false)
      if (blocked) {
        leavingRef.current = true
        blocker.proceed()
      } else {
        leave()
      }
    },
    keepEditing: () => {
      setAskingToClose(false)
      if (blocked) blocker.reset()
    },
    leave,
  }
}
