import { Hono } from 'hono'
import * as client from 'openid-client'

import { connectBusinesses } from './connect-businesses'
import {
  clearLoginCookie,
  readLoginCookie,
  readSessionCookie,
  setLoginCookie,
  setSessionCookie,
} from './cookies'
import { CALLBACK_PATH, type GatewayDeps } from './gateway-deps'
import { openLogin, sealLogin } from './login-transaction'
import { safeReturnTo } from './return-to'
import { gatewayGet } from './gateway-call'
import { thumbtackUserSchema } from './session-profile'
import { recordSignIn } from './sign-in-history'

/**
 * Where a failed sign-in lands; the SPA reads `signInError` (denied, expired, failed, and
 * for staff no-role: the provider named no role; staff-off: no staff provider configured).
 */
export const signInErrorUrl = (code: 'denied' | 'expired' | 'failed' | 'no-role' | 'staff-off') =>
  `/?signInError=${code}`

/** `GET /auth/login?returnTo=` and `GET /auth/callback`: the authorization-code round trip. */
export function authRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  const redirectUri = (url: string) => deps.originFor(url) + CALLBACK_PATH

  app.get('/auth/login', async (c) => {
    const state = client.randomState()
    const codeVerifier = client.randomPKCECodeVerifier()
    const returnTo = safeReturnTo(c.req.query('returnTo'))
    setLoginCookie(
      c,
      sealLogin(deps.cipher, { kind: 'pro', state, codeVerifier, returnTo, startedAt: deps.now() }),
    )
    const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier)
    const url = deps.oauth.authorizationUrl({
      redirectUri: redirectUri(c.req.url),
      state,
      codeChallenge,
    })
    c.header('Cache-Control', 'no-store')
    return c.redirect(url.href, 302)
  })

  app.get(CALLBACK_PATH, async (c) => {
    c.header('Cache-Control', 'no-store')
    const tx = openLogin(deps.cipher, readLoginCookie(c), deps.now())
    clearLoginCookie(c)
    if (tx?.kind !== 'pro') return c.redirect(signInErrorUrl('expired'), 303)
    const query = new URL(c.req.url).search
    const error = c.req.query('error')
    if (error !== undefined) {
      return c.redirect(signInErrorUrl(error === 'access_denied' ? 'denied' : 'failed'), 303)
    }
    const callbackUrl = new URL(redirectUri(c.req.url))
    callbackUrl.search = query
    let tokens
    try {
      tokens = await deps.oauth.exchangeCode({
        callbackUrl,
        state: tx.state,
        codeVerifier: tx.codeVerifier,
      })
    } catch (e) {
      deps.log(`sign-in: the code exchange failed (${e instanceof Error ? e.message : 'unknown'})`)
      return c.redirect(signInErrorUrl('failed'), 303)
    }
    const user = await gatewayGet(
      deps,
      tokens.accessToken,
      'self',
      'v4/users/self',
      thumbtackUserSchema,
    )
    if (!user) {
      deps.log('sign-in: GET /users/self did not answer with a user')
      return c.redirect(signInErrorUrl('failed'), 303)
    }
    // A new session ID at every sign-in; whatever session this browser had is over.
    const previous = readSessionCookie(c)
    if (previous !== undefined) await deps.sessions.end(previous)
    const { id, record } = await deps.sessions.create(user, tokens)
    await recordSignIn(deps, record, tokens.accessToken)
    const { grantID } = record
    if (grantID !== null) {
      // recordSignIn has just read the businesses with the new token: connect those.
      await connectBusinesses(deps, { ...record, grantID }, deps.seen.businesses(grantID))
    }
    setSessionCookie(c, id, deps.options.sessionAbsoluteSeconds)
    return c.redirect(tx.returnTo, 303)
  })

  return app
}
