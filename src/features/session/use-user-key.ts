import { useQuery } from '@tanstack/react-query'

import { sessionQueries } from './api/session-queries'
import { useSignInState } from './use-sign-in-state'

/**
 * Whose things (drafts, recent businesses): the user's ID, the same across sign-ins of one
 * person whatever the token or session; null while it is unknown. Never a token. A cookie
 * session knows it at once (`/auth/session`, read before any page shows), so a form that
 * comes back from signing in again finds its draft on the first render; a token sign-in asks
 * `users/self`, or falls back to the sandbox persona when that call fails.
 */
export function useUserKey() {
  const state = useSignInState()
  const user = useQuery(sessionQueries.currentUser())
  if (state.kind === 'session')
    return { userKey: `user:${state.session.user.userID}`, userError: null }
  const personaID = state.kind === 'token' ? state.credentials.personaID : undefined
  const personaKey = personaID ? `persona:${personaID}` : null
  const userKey = user.data ? `user:${user.data.userID}` : user.isError ? personaKey : null
  return { userKey, userError: user.isError && !userKey ? user.error : null }
}
