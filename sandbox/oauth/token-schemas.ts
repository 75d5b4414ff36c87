import { z } from 'zod'

// The shapes the sandbox's authorization server and API answer with, exported so tests
// (and the gateway's own tests) parse answers instead of trusting them. The routes build
// their bodies as these types, so the schema and the answer cannot drift apart.

/** RFC 6749 section 5.1. `refresh_token` only when `offline_access` was granted. */
export const tokenResponseSchema = z.strictObject({
  access_token: z.string().min(1),
  token_type: z.literal('bearer'),
  expires_in: z.number().int().nonnegative(),
  scope: z.string(),
  refresh_token: z.string().min(1).optional(),
})
export type TokenResponse = z.output<typeof tokenResponseSchema>

export const OAUTH_ERRORS = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'server_error',
] as const
export type OAuthErrorCode = (typeof OAUTH_ERRORS)[number]

/** RFC 6749 section 5.2, the token and revocation endpoints' error body. */
export const oauthErrorSchema = z.strictObject({
  error: z.enum(OAUTH_ERRORS),
  error_description: z.string().min(1),
})
export type OAuthError = z.output<typeof oauthErrorSchema>

/**
 * Thumbtack's own 401 for an OAuth access token that is expired or revoked, or that lacks
 * a scope: `about:blank`, no traceID (unlike every other API error).
 */
export const thumbtackUnauthorizedSchema = z.strictObject({
  type: z.literal('about:blank'),
  title: z.literal('Unauthorized'),
  status: z.literal(401),
  detail: z.string().min(1),
})
export type ThumbtackUnauthorized = z.output<typeof thumbtackUnauthorizedSchema>

/** The exact detail Thumbtack sends for an expired access token. */
export const TOKEN_NOT_ACTIVE = 'invalid token. failure reason(s): [token is not active]'
export const missingScopeDetail = (scopes: readonly string[]) =>
  `required scope(s) [${scopes.join(' ')}] not found`
