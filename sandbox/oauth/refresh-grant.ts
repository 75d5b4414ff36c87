import { z } from 'zod'
import { grantError, type GrantResult } from './grant-result.ts'
import { issuePair, REFRESH_GRACE_MS } from './issue-tokens.ts'
import type { OAuthDeps } from './oauth-deps.ts'
import { parseScope } from './scopes.ts'
import { openSuccessor, sealSuccessor, type SealedPair } from './seal.ts'

// grant_type=refresh_token (RFC 6749 section 6) with rotation: each refresh token works
// once; for 60 s after that it returns the same successor pair (so concurrent callers
// converge on one pair); after that, presenting it again is reuse, and every token of
// the sign-in is revoked (RFC 9700 section 4.14.2). Each new refresh token lives 180 days
// from its own issue: a refresh slides the window.

export const refreshGrantSchema = z.object({
  refresh_token: z
    .string({ error: 'refresh_token is missing.' })
    .min(1, 'refresh_token is missing.'),
  scope: z.string().optional(),
})
export type RefreshGrant = z.output<typeof refreshGrantSchema>

const replay = (pair: SealedPair, nowMs: number): GrantResult => ({
  ok: true,
  body: {
    ...pair.response,
    expires_in: Math.max(0, Math.floor((pair.accessExpiresAt - nowMs) / 1000)),
  },
})

/** The scope asked for at refresh must lie within the grant's (RFC 6749 section 6). */
function narrowed(grantScope: string, asked: string | undefined): string | undefined {
  if (asked === undefined) return grantScope
  const held = new Set(parseScope(grantScope))
  const wanted = parseScope(asked)
  return wanted.length > 0 && wanted.every((scope) => held.has(scope))
    ? wanted.join(' ')
    : undefined
}

export function refresh(deps: OAuthDeps, grant: RefreshGrant): GrantResult {
  const { store, client } = deps
  const nowMs = deps.now().getTime()
  const token = grant.refresh_token
  return store.transaction(() => {
    const row = store.oauthTokens.findRefresh(token)
    if (row?.clientID !== client.clientID)
      return grantError('invalid_grant', 'The refresh token is not valid.')
    if (row.revokedAt !== null) return grantError('invalid_grant', 'The refresh token was revoked.')
    if (row.usedAt !== null) {
      const pair =
        row.successorSealed === null ? undefined : openSuccessor(token, row.successorSealed)
      if (nowMs < row.usedAt + REFRESH_GRACE_MS && pair) return replay(pair, nowMs)
      store.oauthCodes.revokeGrant(row.grantID, nowMs)
      return grantError(
        'invalid_grant',
        'The refresh token was already used; this sign-in is revoked.',
      )
    }
    if (row.expiresAt <= nowMs)
      return grantError('invalid_grant', 'The refresh token expired: it went 180 days unused.')
    const accessScope = narrowed(row.scope, grant.scope)
    if (accessScope === undefined)
      return grantError('invalid_scope', 'A refresh may ask only for scopes the sign-in granted.')
    const pair = issuePair(deps, {
      grantID: row.grantID,
      grantScope: row.scope,
      accessScope,
      nowMs,
    })
    store.oauthTokens.markRefreshUsed(row.tokenHash, nowMs, sealSuccessor(token, pair))
    return { ok: true, body: pair.response }
  })
}
