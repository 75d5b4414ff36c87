import { Hono, type Context } from 'hono'
import { authenticateClient } from './client-auth.ts'
import { codeGrantSchema, exchangeCode } from './code-grant.ts'
import type { GrantResult } from './grant-result.ts'
import { NO_STORE, oauthError, tokenAnswer } from './oauth-error.ts'
import type { OAuthDeps } from './oauth-deps.ts'
import { refresh, refreshGrantSchema } from './refresh-grant.ts'
import { tokenEndpointFaults } from './token-faults.ts'
import { firstMessage, readTokenForm } from './token-form.ts'

// POST /oauth2/token (Thumbtack's path) and POST /oauth2/revoke (RFC 7009; a sandbox
// extra, as Thumbtack documents no revocation endpoint). The client authenticates
// before anything else is looked at.

const answer = (c: Context, result: GrantResult) =>
  result.ok ? tokenAnswer(c, result.body) : oauthError(c, result.error, result.description)

function grant(deps: OAuthDeps, c: Context, form: URLSearchParams): Response {
  const grantType = form.get('grant_type')
  const fields = Object.fromEntries(form)
  if (grantType === 'authorization_code') {
    const parsed = codeGrantSchema.safeParse(fields)
    if (!parsed.success) return oauthError(c, 'invalid_request', firstMessage(parsed.error))
    return answer(c, exchangeCode(deps, parsed.data))
  }
  if (grantType === 'refresh_token') {
    const parsed = refreshGrantSchema.safeParse(fields)
    if (!parsed.success) return oauthError(c, 'invalid_request', firstMessage(parsed.error))
    return answer(c, refresh(deps, parsed.data))
  }
  if (grantType === null) return oauthError(c, 'invalid_request', 'grant_type is missing.')
  // As Thumbtack answers it: supply:: scopes come only from a person's consent.
  if (grantType === 'client_credentials')
    return oauthError(c, 'unauthorized_client', 'This client may not use client_credentials.')
  const description = 'Use grant_type authorization_code or refresh_token.'
  return oauthError(c, 'unsupported_grant_type', description)
}

function revoke({ store, client, now }: OAuthDeps, c: Context, form: URLSearchParams): Response {
  const token = form.get('token')
  if (token === null || token === '') return oauthError(c, 'invalid_request', 'token is missing.')
  const nowMs = now().getTime()
  const refreshRow = store.oauthTokens.findRefresh(token)
  // A refresh token ends its whole sign-in (RFC 7009 section 2.1); an access token, itself.
  if (refreshRow?.clientID === client.clientID)
    store.oauthCodes.revokeGrant(refreshRow.grantID, nowMs)
  else store.oauthTokens.revokeAccess(token, nowMs)
  // Unknown and already revoked tokens are answered 200 too (RFC 7009 section 2.2).
  return c.body(null, 200, NO_STORE)
}

const postOnly = (c: Context) => {
  const response = oauthError(
    c,
    'invalid_request',
    `${c.req.method} is not allowed here; use POST.`,
    405,
  )
  response.headers.set('Allow', 'POST')
  return response
}

export function tokenRoutes(deps: OAuthDeps) {
  const authenticated =
    (handle: (deps: OAuthDeps, c: Context, form: URLSearchParams) => Response) =>
    async (c: Context) => {
      const read = await readTokenForm(c)
      if (!read.ok) return read.response
      const auth = authenticateClient(deps.client, c.req.header('authorization'), read.form)
      if (!auth.ok) return oauthError(c, 'invalid_client', auth.description)
      return handle(deps, c, read.form)
    }
  return new Hono()
    .post('/token', tokenEndpointFaults(deps), authenticated(grant))
    .all('/token', postOnly)
    .post('/revoke', authenticated(revoke))
    .all('/revoke', postOnly)
}
