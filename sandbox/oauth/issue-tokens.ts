import { randomBytes } from 'node:crypto'
import type { OAuthDeps } from './oauth-deps.ts'
import { OFFLINE_ACCESS } from './scopes.ts'
import type { SealedPair } from './seal.ts'

// Tokens are opaque random strings (32 bytes from the OS, not the sandbox's injected
// random(), which tests fix to a constant), stored only as hashes.

export const REFRESH_TOKEN_LIFETIME_MS = 180 * 86_400_000
export const CODE_LIFETIME_MS = 5 * 60_000
/** How long a rotated refresh token still returns the pair it was exchanged for. */
export const REFRESH_GRACE_MS = 60_000

export const newSecret = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`

export interface IssueOptions {
  grantID: string
  /** The grant's scope: a refresh token is issued only when it holds offline_access. */
  grantScope: string
  /** The access token's scope: the grant's, or a narrower one asked for at refresh. */
  accessScope: string
  nowMs: number
}

/** A new access token (living the faults' accessTokenTtlSeconds) and, if offline, a refresh token. */
export function issuePair({ store, faults }: OAuthDeps, options: IssueOptions): SealedPair {
  const { grantID, nowMs } = options
  const { accessTokenTtlSeconds: accessTtlSeconds } = faults.get()
  const accessToken = newSecret('sbx_at_')
  const accessExpiresAt = nowMs + accessTtlSeconds * 1000
  store.oauthTokens.insertAccess(accessToken, grantID, options.accessScope, nowMs, accessExpiresAt)
  const offline = options.grantScope.split(' ').includes(OFFLINE_ACCESS)
  const refreshToken = offline ? newSecret('sbx_rt_') : undefined
  if (refreshToken !== undefined)
    store.oauthTokens.insertRefresh(refreshToken, grantID, nowMs, nowMs + REFRESH_TOKEN_LIFETIME_MS)
  return {
    accessExpiresAt,
    response: {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: accessTtlSeconds,
      scope: options.accessScope,
      ...(refreshToken === undefined ? {} : { refresh_token: refreshToken }),
    },
  }
}
