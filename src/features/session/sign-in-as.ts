import { hashKey, type QueryClient } from '@tanstack/react-query'

import { env } from '@/config/env'
import { setCredentials, type Credentials } from '@/lib/auth/credentials-store'
import { forgetWriteRefusals } from '@/lib/auth/write-refusals'

import { authSessionQueries } from './api/auth-session-queries'
import { type Persona } from './api/session-schemas'
import { markSignedOut, type SignOutReason } from './sign-out-intent'

/** Starts a session. Data cached for whoever was signed in before is dropped first. */
export function signIn(queryClient: QueryClient, credentials: Credentials): void {
  queryClient.clear()
  markSignedOut(null)
  forgetWriteRefusals()
  setCredentials(credentials)
}

export function credentialsForPersona(persona: Persona): Credentials {
  return {
    accessToken: persona.accessToken,
    apiBaseUrl: env.apiBaseUrl,
    label: persona.name,
    source: 'sandbox',
    personaID: persona.id,
    role: persona.role,
  }
}

/**
 * Forgets the token (memory and sessionStorage) and every answer fetched with it. The
 * session's own answer is reset and read again rather than removed: a page watching a
 * removed query keeps its "signed in" answer and would stay put after a cookie sign-out.
 * The route guard then takes the user to the sign-in page, which says why when `reason` does.
 */
export function signOut(queryClient: QueryClient, reason: SignOutReason = 'signed-out'): void {
  markSignedOut(reason)
  forgetWriteRefusals()
  setCredentials(null)
  const sessionKey = authSessionQueries.session().queryKey
  queryClient.removeQueries({ predicate: (query) => query.queryHash !== hashKey(sessionKey) })
  queryClient.getMutationCache().clear()
  void queryClient.resetQueries({ queryKey: sessionKey })
}
