import { createMiddleware } from 'hono/factory'
import type { SandboxDeps, SandboxEnv } from './context.ts'
import { inactiveToken, missingScope, oauthBearer } from './oauth/access-check.ts'
import { findPersona, SCOPES, type Scope } from './personas.ts'
import { problem, shownID } from './problem.ts'

// RFC 6750 token68 characters; anything else in the header is malformed.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

const invalidToken = 'Bearer error="invalid_token"'

/**
 * Resolves the bearer token to its persona, or answers 401 before any route runs. A token
 * from /oauth2/token answers as Thumbtack does (oauth/access-check.ts); a demo sign-in's
 * token keeps the sandbox's own Problem types.
 */
export function authenticate({ store, now }: SandboxDeps) {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const token = BEARER.exec(c.req.header('authorization') ?? '')?.[1]
    const oauth = token === undefined ? undefined : oauthBearer(store, token, now().getTime())
    if (token !== undefined && oauth) {
      if (!oauth.active) return inactiveToken(c)
      c.set('caller', { token, persona: oauth.persona, scopes: oauth.scopes, via: 'oauth' })
      await next()
      return
    }
    const row = token === undefined ? undefined : store.tokens.find(token)
    const persona = row ? findPersona(row.personaID) : undefined
    if (token === undefined || !row || !persona) {
      const detail = 'Send "Authorization: Bearer <access token>" with a token from a sign-in.'
      return problem(c, 'invalid-token', detail, { headers: { 'WWW-Authenticate': invalidToken } })
    }
    if (row.expiresAt <= now().getTime()) {
      const detail = 'This access token has expired. Sign in again to get a new one.'
      const header = `${invalidToken}, error_description="The access token expired"`
      return problem(c, 'token-expired', detail, { headers: { 'WWW-Authenticate': header } })
    }
    c.set('caller', { token, persona, scopes: persona.scopes, via: 'persona' })
    await next()
  })
}

function scopeDetail(scope: Scope, held: readonly string[]): string {
  if (scope === SCOPES.list) return 'This sign-in may not list businesses.'
  if (scope === SCOPES.read) return 'This sign-in may not read phone numbers.'
  return held.includes(SCOPES.read)
    ? 'This sign-in may read numbers but not change them.'
    : 'This sign-in may not change phone numbers.'
}

/** Thumbtack documents a missing scope as 401, so the sandbox does the same. */
export function requireScope(scope: Scope) {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const { scopes, via } = c.var.caller
    if (!scopes.includes(scope) && via === 'oauth') return missingScope(c, scope)
    if (!scopes.includes(scope)) {
      const header = `Bearer error="insufficient_scope", scope="${scope}"`
      return problem(c, 'insufficient-scope', scopeDetail(scope, scopes), {
        headers: { 'WWW-Authenticate': header },
      })
    }
    await next()
  })
}

/** 404 when the business does not exist at all, 403 when this sign-in is not linked to it. */
export function requireBusiness({ store }: SandboxDeps) {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const businessID = c.req.param('businessID') ?? ''
    if (!store.businesses.exists(businessID)) {
      return problem(c, 'not-found', `There is no business ${shownID(businessID)}.`)
    }
    const { persona } = c.var.caller
    if (!store.businesses.isVisibleTo({ personaID: persona.id, role: persona.role }, businessID)) {
      return problem(
        c,
        'forbidden-business',
        `This sign-in is not linked to business ${shownID(businessID)}.`,
      )
    }
    await next()
  })
}
