import { useQuery } from '@tanstack/react-query'

import { type Credentials } from '@/lib/auth/credentials-store'

import { authSessionQueries } from './api/auth-session-queries'
import { type SignedInSession } from './api/auth-session-schema'
import { useCredentials } from './use-credentials'

/**
 * Who is signed in, and how: a developer-option token held by the tab (demo people, a
 * pasted token), or the gateway's cookie session, which the page knows only through
 * `/auth/session`. A token, when there is one, wins: it is what the API client sends.
 */
export type SignInState =
  | { kind: 'loading' }
  | { kind: 'unreadable'; error: unknown; retry: () => void }
  | { kind: 'signed-out'; devTokenSignIn: boolean; staffSignIn: boolean }
  | { kind: 'token'; credentials: Credentials }
  | { kind: 'session'; session: SignedInSession }

export function useSignInState(): SignInState {
  const credentials = useCredentials()
  const session = useQuery({ ...authSessionQueries.session(), enabled: credentials === null })
  if (credentials) return { kind: 'token', credentials }
  if (session.data?.signedIn) return { kind: 'session', session: session.data }
  if (session.data) {
    const { devTokenSignIn, staffSignIn } = session.data
    return { kind: 'signed-out', devTokenSignIn, staffSignIn }
  }
  if (session.isError) {
    return { kind: 'unreadable', error: session.error, retry: () => void session.refetch() }
  }
  return { kind: 'loading' }
}
