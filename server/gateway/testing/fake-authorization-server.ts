import { createHash, randomBytes } from 'node:crypto'

import { Hono, type Context } from 'hono'

/**
 * A small stand-in for Thumbtack's authorization server, enough for openid-client to talk
 * HTTP to: auto-approving authorize, a token endpoint with HTTP Basic, PKCE S256, single-use
 * codes and strictly single-use refresh tokens (no grace: a second refresh shows up as a
 * failure), and revocation. Everything it saw is kept for the tests to read.
 */
export const FAKE_CLIENT = { id: 'console-test', secret: 'test-secret-0123456789abcdef0123' }

export interface AuthServerState {
  tokenCalls: { grantType: string }[]
  revoked: string[]
  authorizeParams: URLSearchParams[]
  /** Access tokens the API accepts; expire them by deleting. */
  activeAccess: Set<string>
  /** Set to answer the next authorize with this error instead of a code. */
  denyNext: boolean
  /** Milliseconds the token endpoint takes to answer a refresh (widens races on purpose). */
  refreshLatencyMs: number
  grantedScope: string | undefined
  liveRefresh: Set<string>
}

const token = (kind: string) => `${kind}-${randomBytes(24).toString('base64url')}`

function oauthError(c: Context, status: 400 | 401, error: string) {
  return c.json({ error, error_description: `${error} (fake)` }, status)
}

export function fakeAuthorizationServer(state: AuthServerState): Hono {
  const codes = new Map<string, { challenge: string; redirectUri: string }>()
  const app = new Hono()

  app.get('/oauth2/auth', (c) => {
    const params = new URL(c.req.url).searchParams
    state.authorizeParams.push(params)
    const redirect = new URL(params.get('redirect_uri') ?? 'http://invalid.invalid/')
    redirect.searchParams.set('state', params.get('state') ?? '')
    if (state.denyNext) {
      state.denyNext = false
      redirect.searchParams.set('error', 'access_denied')
      return c.redirect(redirect.href, 302)
    }
    const code = token('code')
    codes.set(code, {
      challenge: params.get('code_challenge') ?? '',
      redirectUri: params.get('redirect_uri') ?? '',
    })
    redirect.searchParams.set('code', code)
    return c.redirect(redirect.href, 302)
  })

  // RFC 6749 §2.3.1: both halves are form-urlencoded before base64 (openid-client encodes
  // even `-`), so a server must decode them.
  const authenticated = (c: Context) => {
    const encoded = /^Basic (.+)$/.exec(c.req.header('Authorization') ?? '')?.[1] ?? ''
    const [id = '', secret = ''] = Buffer.from(encoded, 'base64').toString('utf8').split(':')
    return (
      decodeURIComponent(id) === FAKE_CLIENT.id && decodeURIComponent(secret) === FAKE_CLIENT.secret
    )
  }

  app.post('/oauth2/token', async (c) => {
    if (!authenticated(c)) return oauthError(c, 401, 'invalid_client')
    const form = new URLSearchParams(await c.req.text())
    const grantType = form.get('grant_type') ?? ''
    state.tokenCalls.push({ grantType })
    if (grantType === 'authorization_code') {
      const entry = codes.get(form.get('code') ?? '')
      codes.delete(form.get('code') ?? '')
      const verifier = form.get('code_verifier') ?? ''
      const challenge = createHash('sha256').update(verifier).digest('base64url')
      const matches =
        entry?.challenge === challenge && entry.redirectUri === form.get('redirect_uri')
      if (!matches) {
        return oauthError(c, 400, 'invalid_grant')
      }
    } else if (grantType === 'refresh_token') {
      await new Promise((resolve) => setTimeout(resolve, state.refreshLatencyMs))
      const presented = form.get('refresh_token') ?? ''
      if (!state.liveRefresh.delete(presented)) return oauthError(c, 400, 'invalid_grant')
    } else {
      return oauthError(c, 400, 'unsupported_grant_type')
    }
    const access = token('at')
    const refresh = token('rt')
    state.activeAccess.add(access)
    state.liveRefresh.add(refresh)
    return c.json({
      access_token: access,
      refresh_token: refresh,
      token_type: 'bearer',
      expires_in: 3600,
      ...(state.grantedScope === undefined ? {} : { scope: state.grantedScope }),
    })
  })

  app.post('/oauth2/revoke', async (c) => {
    if (!authenticated(c)) return oauthError(c, 401, 'invalid_client')
    const presented = new URLSearchParams(await c.req.text()).get('token') ?? ''
    state.revoked.push(presented)
    state.liveRefresh.delete(presented)
    return c.body(null, 200)
  })

  return app
}
