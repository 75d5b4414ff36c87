import type { OAuthErrorCode, TokenResponse } from './token-schemas.ts'

/** What a grant handler decides; the route turns it into the HTTP answer. */
export type GrantResult =
  { ok: true; body: TokenResponse } | { ok: false; error: OAuthErrorCode; description: string }

export const grantError = (error: OAuthErrorCode, description: string): GrantResult => ({
  ok: false,
  error,
  description,
})
