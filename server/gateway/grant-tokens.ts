import type { GrantRecord, TokenUpdate } from '../store/gateway-store'
import type { TokenSet } from './oauth-client'
import type { TokenCipher } from './token-cipher'

/**
 * Tokens are sealed with the grant's ID as additional data, so a ciphertext copied into
 * another row does not open there.
 */
const context = (grantID: string, which: 'access' | 'refresh') => `grant ${grantID} ${which}`

export function sealTokens(
  cipher: TokenCipher,
  grantID: string,
  tokens: TokenSet,
  previousRefresh: string | null,
  now: number,
  requestedScope: string,
): TokenUpdate {
  return {
    accessToken: cipher.seal(tokens.accessToken, context(grantID, 'access')),
    refreshToken:
      tokens.refreshToken === undefined
        ? previousRefresh
        : cipher.seal(tokens.refreshToken, context(grantID, 'refresh')),
    accessExpiresAt: now + tokens.expiresInSeconds * 1000,
    scopes: tokens.scope ?? requestedScope,
    updatedAt: now,
  }
}

export function openAccessToken(cipher: TokenCipher, grant: GrantRecord): string | undefined {
  return cipher.open(grant.accessToken, context(grant.id, 'access'))
}

export function openRefreshToken(cipher: TokenCipher, grant: GrantRecord): string | undefined {
  return grant.refreshToken === null
    ? undefined
    : cipher.open(grant.refreshToken, context(grant.id, 'refresh'))
}
