import { expect } from 'vitest'
import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from '../oauth/client.ts'
import { s256 } from '../oauth/pkce.ts'
import { oauthErrorSchema, tokenResponseSchema, type OAuthError } from '../oauth/token-schemas.ts'
import { SCOPES } from '../personas.ts'
import type { Harness } from './harness.ts'

// Drives the sandbox's authorization server in process, as a gateway would: the consent
// form's POST, the redirect back, and the token endpoint with HTTP Basic.

export const REDIRECT_URI = 'http://127.0.0.1:4999/auth/callback'
export const VERIFIER = 'verifier-'.padEnd(64, 'x7')
export const STATE = 'state-abcdef-123'
export const ALL_SCOPES = [
  SCOPES.list,
  SCOPES.read,
  SCOPES.write,
  'supply::users.read',
  'offline_access',
].join(' ')

export const authorizeParams = (overrides: Record<string, string | undefined> = {}) => {
  const params: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: SANDBOX_CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    scope: ALL_SCOPES,
    state: STATE,
    audience: 'urn:partner-api',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    ...overrides,
  }
  const defined = Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [[k, v]]))
  return new URLSearchParams(defined)
}

export const authorizePath = (overrides: Record<string, string | undefined> = {}) =>
  `/oauth2/auth?${authorizeParams(overrides).toString()}`

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

export async function consent(
  h: Harness,
  choice: { persona?: string; decision?: string },
  overrides: Record<string, string | undefined> = {},
) {
  const form = authorizeParams(overrides)
  if (choice.persona !== undefined) form.set('persona', choice.persona)
  form.set('decision', choice.decision ?? 'allow')
  return await h.app.request('/oauth2/auth', {
    method: 'POST',
    headers: FORM,
    body: form.toString(),
  })
}

/** The redirect's query, after checking it goes to the registered URI. */
export function redirectQuery(res: Response, redirectURI = REDIRECT_URI): URLSearchParams {
  expect([302, 303]).toContain(res.status)
  const location = new URL(res.headers.get('location') ?? '')
  expect(`${location.origin}${location.pathname}`).toBe(redirectURI)
  return location.searchParams
}

/** Allows as `persona` and returns the authorization code. */
export async function codeFor(
  h: Harness,
  persona: string,
  overrides: Record<string, string | undefined> = {},
) {
  const query = redirectQuery(await consent(h, { persona }, overrides))
  expect(query.get('state')).toBe(overrides.state ?? STATE)
  return query.get('code') ?? ''
}

export const basic = (id = SANDBOX_CLIENT_ID, secret = SANDBOX_CLIENT_SECRET) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

export async function tokenCall(
  h: Harness,
  form: Record<string, string>,
  { authorization = basic(), path = '/oauth2/token' } = {},
) {
  const headers: Record<string, string> = { ...FORM, Authorization: authorization }
  const body = new URLSearchParams(form).toString()
  return await h.app.request(path, { method: 'POST', headers, body })
}

export const exchange = (h: Harness, code: string, extra: Record<string, string> = {}) =>
  tokenCall(h, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: VERIFIER,
    ...extra,
  })

export const refreshWith = (h: Harness, refreshToken: string, extra: Record<string, string> = {}) =>
  tokenCall(h, { grant_type: 'refresh_token', refresh_token: refreshToken, ...extra })

export async function tokensOf(res: Response) {
  expect(res.status).toBe(200)
  expect(res.headers.get('cache-control')).toBe('no-store')
  return tokenResponseSchema.parse(await res.json())
}

/** Signs `persona` in through consent and code exchange; returns the token response. */
export async function signInWithOAuth(
  h: Harness,
  persona: string,
  overrides: Record<string, string | undefined> = {},
) {
  return tokensOf(await exchange(h, await codeFor(h, persona, overrides)))
}

export async function expectOAuthError(
  res: Response,
  status: number,
  error: OAuthError['error'],
): Promise<OAuthError> {
  expect(res.status).toBe(status)
  expect(res.headers.get('cache-control')).toBe('no-store')
  const body = oauthErrorSchema.parse(await res.json())
  expect(body.error).toBe(error)
  return body
}
