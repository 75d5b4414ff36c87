import { Navigate, Outlet, useLocation } from 'react-router'

import { useCredentials } from '@/features/session/use-credentials'

/** Signed-out visitors go to the sign-in page and come back to where they were headed. */
export function RequireSignIn() {
  const credentials = useCredentials()
  const location = useLocation()
  if (!credentials) {
    const next = `${location.pathname}${location.search}`
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />
  }
  return <Outlet />
}
