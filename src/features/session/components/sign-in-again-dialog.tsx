import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useSyncExternalStore } from 'react'

import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'
import {
  isSignInRequested,
  settleSignIn,
  subscribeToSignInRequests,
} from '@/lib/auth/sign-in-prompt'

import { signOutEverywhere } from '../sign-out'
import { useSignInState, type SignInState } from '../use-sign-in-state'

import { RenewPersonaSignIn } from './renew-persona-sign-in'
import { RenewSessionSignIn } from './renew-session-sign-in'
import { RenewTokenSignIn } from './renew-token-sign-in'

const nothingToSend = () => Promise.resolve()

type SignedIn = Extract<SignInState, { kind: 'token' | 'session' }>

/**
 * Nobody to sign in again as: signed out (this tab's "Sign out", a request sent on the way
 * out), or no session known at all. A cookie session that has just ended still counts as
 * signed in here: the page read `/auth/session` once and keeps that answer until sign-out.
 */
const isSignedIn = (state: SignInState): state is SignedIn =>
  state.kind === 'token' || state.kind === 'session'

function Renewal({ state }: { state: SignedIn }) {
  if (state.kind === 'session') return <RenewSessionSignIn />
  const { credentials } = state
  if (credentials.source === 'sandbox' && credentials.personaID) {
    return <RenewPersonaSignIn personaID={credentials.personaID} name={credentials.label} />
  }
  return <RenewTokenSignIn credentials={credentials} />
}

/**
 * Shown when a request was refused for an expired or revoked sign-in (see
 * lib/auth/sign-in-prompt). It sits on top of whatever the user was doing, which stays
 * mounted with everything typed into it. A token sign-in is renewed in place and the
 * refused requests are sent again; a cookie session goes round Thumbtack and back to the
 * same page, its drafts kept in the tab. Mount it once, beside the router rather than
 * inside a route, so it can ask on any page without remounting what is on screen.
 */
export function SignInAgainDialog() {
  const requested = useSyncExternalStore(subscribeToSignInRequests, isSignInRequested, () => false)
  const state = useSignInState()
  const queryClient = useQueryClient()
  const gone = !isSignedIn(state)

  useEffect(() => {
    // There is nobody to sign in again as, so the request fails instead of waiting for ever.
    if (requested && gone) settleSignIn(false)
  }, [requested, gone])

  if (!requested || !isSignedIn(state)) return null

  return (
    <Dialog
      open
      title="Sign in again"
      description="Your sign-in has expired. Sign in again to carry on: this page and anything you typed stay as they are."
      // Closing without signing in lets the interrupted request fail; the next one asks again.
      onRequestClose={() => settleSignIn(false)}
    >
      <div className="space-y-5">
        <Renewal state={state} />
        <div className="border-t border-line pt-4">
          <Button
            variant="ghost"
            onClick={() => {
              void signOutEverywhere(queryClient, nothingToSend).then(() => settleSignIn(false))
            }}
          >
            Sign out
          </Button>
        </div>
      </div>
    </Dialog>
  )
}
