import type { Context } from 'hono'
import { authenticateClient } from '../oauth/client-auth.ts'
import { registeredClient } from '../oauth/client.ts'
import { NO_STORE, oauthError } from '../oauth/oauth-error.ts'
import { CODE_VERIFIER, s256 } from '../oauth/pkce.ts'
import { readTokenForm } from '../oauth/token-form.ts'
import { newSecret } from '../oauth/issue-tokens.ts'
import { ID_TOKEN_LIFETIME_S, idTokenClaims } from './id-token.ts'
import { STAFF_CLIENT_ID, STAFF_CLIENT_SECRET, STAFF_PEOPLE } from './staff-people.ts'

/** A code from the authorize page: single use, ten minutes (RFC 6749 §4.1.2). */
export interface StaffCode {
  subject: string
  redirectURI: string
  codeChallenge: string
  nonce: string | undefined
  expiresAt: number
}

export interface TokenEndpointDeps {
  codes: Map<string, StaffCode>
  nowMs: () => number
  issuerFor: (c: Context) => string
  /** Signs the claims; tests of relying parties may tamper with both (see routes.ts). */
  sign: (claims: Record<string, unknown>) => Promise<string>
  tamperClaims: (claims: Record<string, unknown>) => Record<string, unknown>
}

const client = registeredClient({ clientID: STAFF_CLIENT_ID, clientSecret: STAFF_CLIENT_SECRET })

/** POST /staff-idp/token: client_secret_basic, authorization_code with PKCE S256 only. */
export async function staffToken(c: Context, deps: TokenEndpointDeps): Promise<Response> {
  const read = await readTokenForm(c)
  if (!read.ok) return read.response
  const { form } = read
  const auth = authenticateClient(client, c.req.header('authorization'), form)
  if (!auth.ok) return oauthError(c, 'invalid_client', auth.description)
  if (form.get('grant_type') !== 'authorization_code')
    return oauthError(c, 'unsupported_grant_type', 'Only authorization_code is supported.')
  const presented = form.get('code') ?? ''
  const code = deps.codes.get(presented)
  // Single use: gone at the first attempt, whether or not the rest of the request is right.
  deps.codes.delete(presented)
  const now = deps.nowMs()
  if (!code || code.expiresAt <= now)
    return oauthError(c, 'invalid_grant', 'The code is not valid, already used or expired.')
  if (form.get('redirect_uri') !== code.redirectURI)
    return oauthError(c, 'invalid_grant', 'redirect_uri differs from the authorization request.')
  const verifier = form.get('code_verifier') ?? ''
  if (!CODE_VERIFIER.test(verifier) || s256(verifier) !== code.codeChallenge)
    return oauthError(c, 'invalid_grant', 'The code_verifier does not match the code_challenge.')
  const person = STAFF_PEOPLE.find((p) => p.subject === code.subject)
  if (!person) return oauthError(c, 'invalid_grant', 'That staff member is no longer known.')
  const claims = deps.tamperClaims(idTokenClaims(deps.issuerFor(c), person, code.nonce, now))
  const body = {
    access_token: newSecret('sbx_staff_at_'),
    token_type: 'Bearer',
    expires_in: ID_TOKEN_LIFETIME_S,
    scope: 'openid profile email',
    id_token: await deps.sign(claims),
  }
  return c.json(body, 200, NO_STORE)
}
