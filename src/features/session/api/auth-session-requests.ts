import { CSRF_HEADERS } from '@/lib/api/csrf-headers'

import { authSessionSchema, type AuthSession } from './auth-session-schema'

/**
 * A server without the gateway (the sandbox alone) has no `/auth/session`: there the demo
 * and token sign-ins are the only way in, as they were before the gateway.
 */
const noGateway: AuthSession = { signedIn: false, devTokenSignIn: true, staffSignIn: false }

export class SessionUnreadable extends Error {
  override readonly name = 'SessionUnreadable'
}

/** `GET /auth/session`, parsed; never holds a token, so it may be cached like any read. */
export async function fetchAuthSession({ signal }: { signal: AbortSignal }): Promise<AuthSession> {
  const response = await fetch('/auth/session', {
    signal,
    headers: { Accept: 'application/json', ...CSRF_HEADERS },
    credentials: 'same-origin',
    cache: 'no-store',
  })
  if (response.status === 404) return noGateway
  if (!response.ok) throw new SessionUnreadable(`The sign-in service answered ${response.status}.`)
  const parsed = authSessionSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success)
    throw new SessionUnreadable('The sign-in service gave an answer not understood.')
  return parsed.data
}

/**
 * `POST /auth/logout`: the gateway revokes the refresh token at Thumbtack and forgets the
 * session. A failure is not the user's problem: the cookie is cleared on the server's side
 * only, so say nothing and let the sign-in page ask the session afresh.
 */
export async function postLogout(): Promise<void> {
  await fetch('/auth/logout', {
    method: 'POST',
    headers: CSRF_HEADERS,
    credentials: 'same-origin',
  }).catch(() => undefined)
}

/** Where "Sign in with Thumbtack" goes: a full navigation, the gateway takes it from there. */
export function loginUrl(returnTo: string): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`
}

/** Where "Sign in as staff" goes: the company's own OpenID Connect sign-in, via the gateway. */
export function staffLoginUrl(returnTo: string): string {
  return `/auth/staff/login?returnTo=${encodeURIComponent(returnTo)}`
}
