import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { OAuthError, OAuthErrorCode, TokenResponse } from './token-schemas.ts'

// Token and revocation answers: JSON, never cached (RFC 6749 section 5.1).
export const NO_STORE = { 'Cache-Control': 'no-store', Pragma: 'no-cache' } as const

/** RFC 6749 section 5.2: 400, except a failed client authentication, which is 401. */
export function oauthError(
  c: Context,
  error: OAuthErrorCode,
  description: string,
  status: ContentfulStatusCode = error === 'invalid_client' ? 401 : 400,
): Response {
  const body: OAuthError = { error, error_description: description }
  const challenge: Record<string, string> =
    status === 401 ? { 'WWW-Authenticate': 'Basic realm="Thumbtack sandbox"' } : {}
  return c.json(body, status, { ...NO_STORE, ...challenge })
}

export const tokenAnswer = (c: Context, body: TokenResponse) => c.json(body, 200, NO_STORE)
