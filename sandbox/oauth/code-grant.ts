import { randomUUID } from 'node:crypto'
import { z } from 'zod'
import { grantError, type GrantResult } from './grant-result.ts'
import { issuePair } from './issue-tokens.ts'
import type { OAuthDeps } from './oauth-deps.ts'
import { CODE_VERIFIER, s256 } from './pkce.ts'

// grant_type=authorization_code (RFC 6749 section 4.1.3, PKCE RFC 7636 section 4.6).

export const codeGrantSchema = z.object({
  code: z.string({ error: 'code is missing.' }).min(1, 'code is missing.'),
  redirect_uri: z.string({ error: 'redirect_uri is missing.' }).min(1, 'redirect_uri is missing.'),
  code_verifier: z.string().optional(),
})
export type CodeGrant = z.output<typeof codeGrantSchema>

function pkceProblem(challenge: string | null, verifier: string | undefined): GrantResult | null {
  // RFC 9700 section 2.1.1: a verifier for a code issued without a challenge is refused,
  // or an attacker could strip the challenge from the authorization request.
  if (challenge === null)
    return verifier === undefined
      ? null
      : grantError(
          'invalid_grant',
          'code_verifier was sent but the authorization had no code_challenge.',
        )
  if (verifier === undefined)
    return grantError(
      'invalid_request',
      'code_verifier is missing: the authorization sent a code_challenge.',
    )
  if (!CODE_VERIFIER.test(verifier) || s256(verifier) !== challenge)
    return grantError('invalid_grant', 'code_verifier does not match the code_challenge.')
  return null
}

export function exchangeCode(deps: OAuthDeps, grant: CodeGrant): GrantResult {
  const { store, client } = deps
  const nowMs = deps.now().getTime()
  return store.transaction(() => {
    const row = store.oauthCodes.find(grant.code)
    if (row?.clientID !== client.clientID)
      return grantError('invalid_grant', 'The authorization code is not valid.')
    if (row.usedAt !== null) {
      store.oauthCodes.revokeGrantOfCode(row.codeHash, nowMs)
      return grantError(
        'invalid_grant',
        'The authorization code was already used; the tokens issued for it are revoked.',
      )
    }
    if (row.expiresAt <= nowMs)
      return grantError('invalid_grant', 'The authorization code expired: codes live 5 minutes.')
    if (grant.redirect_uri !== row.redirectURI)
      return grantError('invalid_grant', 'redirect_uri is not the one the authorization used.')
    const pkce = pkceProblem(row.codeChallenge, grant.code_verifier)
    if (pkce) return pkce
    store.oauthCodes.markUsed(row.codeHash, nowMs)
    const grantID = randomUUID()
    store.oauthCodes.insertGrant({
      id: grantID,
      codeHash: row.codeHash,
      clientID: row.clientID,
      personaID: row.personaID,
      scope: row.scope,
      createdAt: nowMs,
    })
    const pair = issuePair(deps, {
      grantID,
      grantScope: row.scope,
      accessScope: row.scope,
      nowMs,
    })
    return { ok: true, body: pair.response }
  })
}
