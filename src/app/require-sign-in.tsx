import { Navigate, Outlet, useLocation } from 'react-router'

import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { signInPathAfterSignOut } from '@/features/session/sign-out-intent'
import { useSignInState } from '@/features/session/use-sign-in-state'

/**
 * Signed-out visitors go to the sign-in page and come back to where they were headed; after
 * "Sign out" the sign-in page starts afresh, since the next person may be someone else, and
 * says why when the user did not ask for it (a disconnect ends the sign-in too).
 */
export function RequireSignIn() {
  const state = useSignInState()
  const location = useLocation()
  if (state.kind === 'loading') return <Spinner label="Checking your sign-in…" />
  if (state.kind === 'unreadable') {
    return (
      <main className="mx-auto max-w-md px-4 py-10">
        <ErrorState
          heading="Could not check your sign-in."
          error={state.error}
          message="The sign-in service did not answer. Try again in a moment."
          onRetry={state.retry}
        />
      </main>
    )
  }
  if (state.kind === 'signed-out') {
    // A sign-in that failed at Thumbtack lands on `/?signInError=`: the sign-in page says why.
    const failure = new URLSearchParams(location.search).get('signInError')
    if (failure !== null) {
      return <Navigate to={`/sign-in?signInError=${encodeURIComponent(failure)}`} replace />
    }
    const afterSignOut = signInPathAfterSignOut()
    if (afterSignOut !== null) return <Navigate to={afterSignOut} replace />
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
