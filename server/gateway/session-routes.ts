import { Hono } from 'hono'

import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import type { GatewayDeps } from './gateway-deps'
import { openRefreshToken } from './grant-tokens'
import { GATEWAY_SCOPES } from './gateway-options'
import { recordSignOut } from './sign-in-history'

const readScope: string = GATEWAY_SCOPES[1]
const writeScope: string = GATEWAY_SCOPES[2]

/**
 * `GET /auth/session` says who is signed in and what they may do, never a token;
 * `POST /auth/logout` revokes the refresh token at Thumbtack and forgets the session.
 */
export function sessionRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  // Whether the sign-in page may offer demo people and a pasted token (a developer option).
  const { devTokenSignIn } = deps.options

  app.get('/auth/session', async (c) => {
    c.header('Cache-Control', 'no-store')
    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind !== 'active') {
      if (resolved.kind === 'ended') clearSessionCookie(c)
      return c.json({ signedIn: false, devTokenSignIn })
    }
    const { session, user } = resolved
    const grant = session.grantID === null ? undefined : await deps.store.findGrant(session.grantID)
    const scopes = (grant?.scopes ?? '').split(' ').filter(Boolean)
    return c.json({
      signedIn: true,
      user,
      role: session.role,
      scopes,
      canRead: scopes.includes(readScope),
      canWrite: scopes.includes(writeScope),
      expiresAt: new Date(Math.min(session.idleExpiresAt, session.absoluteExpiresAt)).toISOString(),
      absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
      devTokenSignIn,
    })
  })

  app.post('/auth/logout', requireSameOrigin(deps.originFor), async (c) => {
    const cookie = readSessionCookie(c)
    const resolved = await deps.sessions.resolve(cookie)
    if (resolved.kind === 'active') await recordSignOut(deps, resolved.session)
    if (resolved.kind === 'active' && resolved.session.grantID !== null) {
      const grant = await deps.store.findGrant(resolved.session.grantID)
      const refreshToken = grant ? openRefreshToken(deps.cipher, grant) : undefined
      if (refreshToken !== undefined) {
        // Signing out here must work even when Thumbtack is unreachable; the token is
        // forgotten either way, and a 180-day token left alive upstream is logged.
        await deps.oauth.revoke(refreshToken).catch((e: unknown) => {
          deps.log(`logout: revoking failed (${e instanceof Error ? e.message : 'unknown'})`)
        })
      }
    }
    if (cookie !== undefined) await deps.sessions.end(cookie)
    clearSessionCookie(c)
    c.header('Cache-Control', 'no-store')
    return c.body(null, 204)
  })

  return app
}
