import { Navigate, Outlet, useLocation } from 'react-router'

import { wasSignedOutOnPurpose } from '@/features/session/sign-out-intent'
import { useCredentials } from '@/features/session/use-credentials'

/**
 * Signed-out visitors go to the sign-in page and come back to where they were headed; after
 * "Sign out" the sign-in page starts afresh, since the next person may be someone else.
 */
export function RequireSignIn() {
  const credentials = useCredentials()
  const location = useLocation()
  if (!credentials) {
    if (wasSignedOutOnPurpose()) return <Navigate to="/sign-in" replace />
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
