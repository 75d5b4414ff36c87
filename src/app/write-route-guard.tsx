import { useState, type ReactNode } from 'react'
import { Navigate, useLocation } from 'react-router'

import { useWriteAccess } from '@/features/session/use-write-access'

/**
 * The add, edit and bulk routes, reached by URL by a sign-in that may not change numbers,
 * go back to the list, which says why. Decided once, as the route opens: a write refused
 * while the form is open leaves it there with its message and what was typed.
 */
export function WriteRouteGuard({ children }: { children: ReactNode }) {
  const { canWrite } = useWriteAccess()
  const { search } = useLocation()
  const [allowed] = useState(canWrite)
  if (!allowed) return <Navigate to={{ pathname: '..', search }} replace />
  return children
}
