import { useEffect } from 'react'
import { useBlocker } from 'react-router'

/**
 * While a send runs, leaving inside the app (closing the dialog, Back, another page or
 * business) waits for an answer: `asking` is true until the user stays or leaves. The
 * browser's own leaving (closing the tab, reloading) is asked by useWarnBeforeUnload. A run
 * that ends while the question is open lets the user go, as they asked: nothing is lost.
 */
export function useLeaveGuard(sending: boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      sending && currentLocation.pathname !== nextLocation.pathname,
  )
  const asking = blocker.state === 'blocked'

  useEffect(() => {
    if (!sending && blocker.state === 'blocked') blocker.proceed()
  }, [sending, blocker])

  return {
    asking,
    stay: () => blocker.reset?.(),
    leave: () => blocker.proceed?.(),
  }
}
