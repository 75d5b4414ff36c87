import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import {
  isSignInRequested,
  settleSignIn,
  subscribeToSignInRequests,
} from '@/lib/auth/sign-in-prompt'

import { signOut } from '../sign-in-as'
import { useCredentials } from '../use-credentials'

import { RenewPersonaSignIn } from './renew-persona-sign-in'
import { RenewTokenSignIn } from './renew-token-sign-in'

/**
 * Shown when a request was refused for an expired or revoked token (see
 * lib/auth/sign-in-prompt). It sits on top of whatever the user was doing, which stays
 * mounted with everything typed into it; once the new sign-in is in, the refused requests
 * are sent again. Mount it once, beside the router rather than inside a route, so it can
 * ask on any page without remounting what is on screen. Signing out here leaves the rest to
 * the routes, which send a signed-out user to the sign-in page.
 */
export function SignInAgainDialog() {
  const requested = useSyncExternalStore(subscribeToSignInRequests, isSignInRequested, () => false)
  const credentials = useCredentials()
  const queryClient = useQueryClient()

  useEffect(() => {
    // Signed out already (another tab's sign-out, a request sent on the way out): there is
    // nobody to sign in again as, so the request fails instead of waiting for ever.
    if (requested && !credentials) settleSignIn(false)
  }, [requested, credentials])

  if (!requested || !credentials) return null

  const persona = credentials.source === 'sandbox' ? credentials.personaID : undefined
  return (
    <Dialog
      open
      title="Sign in again"
      description="Your sign-in has expired. Sign in again to carry on: this page and anything you typed stay as they are."
      // Closing without signing in lets the interrupted request fail; the next one asks again.
      onRequestClose={() => settleSignIn(false)}
    >
      <div className="space-y-5">
        {persona ? (
          <RenewPersonaSignIn personaID={persona} name={credentials.label} />
        ) : (
          <RenewTokenSignIn credentials={credentials} />
        )}
        <div className="border-t border-slate-200 pt-4 dark:border-slate-700">
          <Button
            variant="ghost"
            onClick={() => {
              signOut(queryClient)
              settleSignIn(false)
            }}
          >
            Sign out
          </Button>
        </div>
      </div>
    </Dialog>
  )
}
