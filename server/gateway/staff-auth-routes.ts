import { Hono } from 'hono'
import * as client from 'openid-client'

import { actorFromSession } from '../audit/audit-actor'
import { recordEvent } from '../audit/audit-event'
import type { StaffRole } from '../store/gateway-store'
import { signInErrorUrl } from './auth-routes'
import {
  clearLoginCookie,
  readLoginCookie,
  readSessionCookie,
  setLoginCookie,
  setSessionCookie,
} from './cookies'
import type { GatewayDeps } from './gateway-deps'
import { openLogin, sealLogin } from './login-transaction'
import { safeReturnTo } from './return-to'
import type { StaffOidc } from './staff-oidc'

export const STAFF_LOGIN_PATH = '/auth/staff/login'
export const STAFF_CALLBACK_PATH = '/auth/staff/callback'

// openid-client's own message is generic ("invalid response"); its cause says which check.
const reason = (e: unknown): string => {
  if (!(e instanceof Error)) return 'unknown'
  return e.cause instanceof Error ? `${e.message}: ${e.cause.message}` : e.message
}

/**
 * `GET /auth/staff/login?returnTo=` and `GET /auth/staff/callback`: OpenID Connect with the
 * company's provider. The session that results has the same cookie, CSRF and lifetime rules
 * as a pro's; its role comes from the staff table, else from the configured claim, and a
 * staff member with neither is refused.
 */
export function staffAuthRoutes(deps: GatewayDeps, oidc: StaffOidc | undefined): Hono {
  const app = new Hono()
  const redirectUri = (url: string) => deps.originFor(url) + STAFF_CALLBACK_PATH

  app.get(STAFF_LOGIN_PATH, async (c) => {
    c.header('Cache-Control', 'no-store')
    if (!oidc) return c.redirect(signInErrorUrl('staff-off'), 303)
    const state = client.randomState()
    const nonce = client.randomNonce()
    const codeVerifier = client.randomPKCECodeVerifier()
    const returnTo = safeReturnTo(c.req.query('returnTo'))
    let url: URL
    try {
      url = await oidc.authorizationUrl({
        redirectUri: redirectUri(c.req.url),
        state,
        nonce,
        codeChallenge: await client.calculatePKCECodeChallenge(codeVerifier),
      })
    } catch (e) {
      deps.log(`staff sign-in: the provider's discovery failed (${reason(e)})`)
      return c.redirect(signInErrorUrl('failed'), 303)
    }
    const tx = {
      kind: 'staff' as const,
      state,
      nonce,
      codeVerifier,
      returnTo,
      startedAt: deps.now(),
    }
    setLoginCookie(c, sealLogin(deps.cipher, tx))
    return c.redirect(url.href, 302)
  })

  app.get(STAFF_CALLBACK_PATH, async (c) => {
    c.header('Cache-Control', 'no-store')
    const tx = openLogin(deps.cipher, readLoginCookie(c), deps.now())
    clearLoginCookie(c)
    if (!oidc || tx?.kind !== 'staff' || tx.nonce === undefined) {
      return c.redirect(signInErrorUrl('expired'), 303)
    }
    const error = c.req.query('error')
    if (error !== undefined) {
      return c.redirect(signInErrorUrl(error === 'access_denied' ? 'denied' : 'failed'), 303)
    }
    const callbackUrl = new URL(redirectUri(c.req.url))
    callbackUrl.search = new URL(c.req.url).search
    let identity
    try {
      identity = await oidc.exchangeCode({
        callbackUrl,
        state: tx.state,
        nonce: tx.nonce,
        codeVerifier: tx.codeVerifier,
      })
    } catch (e) {
      deps.log(`staff sign-in: the ID token was refused (${reason(e)})`)
      return c.redirect(signInErrorUrl('failed'), 303)
    }
    const role: StaffRole | undefined =
      (await deps.store.findStaffRole(identity.subject)) ?? identity.claimedRole
    if (role === undefined) {
      deps.log(`staff sign-in: ${identity.subject} has no role (claim or staff table)`)
      return c.redirect(signInErrorUrl('no-role'), 303)
    }
    const previous = readSessionCookie(c)
    if (previous !== undefined) await deps.sessions.end(previous)
    const { id, record } = await deps.sessions.createStaff({ ...identity, role })
    const event = { actor: actorFromSession(record), action: 'sign-in', at: deps.now() } as const
    await recordEvent(deps.store.audit, event, deps.log)
    setSessionCookie(c, id, deps.options.sessionAbsoluteSeconds)
    return c.redirect(tx.returnTo, 303)
  })

  return app
}
