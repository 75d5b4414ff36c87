import { lazy, Suspense, useEffect, useState, useSyncExternalStore } from 'react'

import { isSignInRequested, subscribeToSignInRequests } from '@/lib/auth/sign-in-prompt'
import { afterPageSettles } from '@/lib/page/after-page-settles'

const loadDialog = () => import('@/features/session/components/sign-in-again-dialog')
const SignInAgainDialog = lazy(async () => ({ default: (await loadDialog()).SignInAgainDialog }))

/**
 * Mounts the "Sign in again" dialog once a request needs it. The dialog and its form are not
 * part of the first visit's JavaScript; they are fetched once the page has settled, so they
 * are at hand the moment a token expires.
 */
export function SignInAgainHost() {
  const requested = useSyncExternalStore(subscribeToSignInRequests, isSignInRequested, () => false)
  const [needed, setNeeded] = useState(requested)
  if (requested && !needed) setNeeded(true)

  useEffect(() => afterPageSettles(() => void loadDialog()), [])

  if (!needed) return null
  return (
    <Suspense fallback={null}>
      <SignInAgainDialog />
    </Suspense>
  )
}
