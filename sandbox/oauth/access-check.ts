import type { Context } from 'hono'
import { findPersona, type Persona } from '../personas.ts'
import type { Store } from '../store/store.ts'
import { parseScope } from './scopes.ts'
import {
  missingScopeDetail,
  TOKEN_NOT_ACTIVE,
  type ThumbtackUnauthorized,
} from './token-schemas.ts'

// How the sandbox API treats an access token from /oauth2/token: it holds exactly the
// scopes it was granted, and an expired or revoked one is answered with Thumbtack's
// documented 401 (about:blank, no traceID), not the sandbox's own Problem types.

export type OAuthBearer = { active: true; persona: Persona; scopes: string[] } | { active: false }

/** Undefined when the token is not one the authorization server issued. */
export function oauthBearer(store: Store, token: string, nowMs: number): OAuthBearer | undefined {
  const row = store.oauthTokens.findAccess(token)
  const persona = row ? findPersona(row.personaID) : undefined
  if (!row || !persona) return undefined
  if (row.revokedAt !== null || row.expiresAt <= nowMs) return { active: false }
  return { active: true, persona, scopes: parseScope(row.scope) }
}

export function thumbtackUnauthorized(
  c: Context,
  detail: string,
  wwwAuthenticate: string,
): Response {
  const body: ThumbtackUnauthorized = {
    type: 'about:blank',
    title: 'Unauthorized',
    status: 401,
    detail,
  }
  return c.body(JSON.stringify(body), 401, {
    'Content-Type': 'application/problem+json',
    'WWW-Authenticate': wwwAuthenticate,
  })
}

export const inactiveToken = (c: Context) =>
  thumbtackUnauthorized(c, TOKEN_NOT_ACTIVE, 'Bearer error="invalid_token"')

export const missingScope = (c: Context, scope: string) =>
  thumbtackUnauthorized(
    c,
    missingScopeDetail([scope]),
    `Bearer error="insufficient_scope", scope="${scope}"`,
  )
