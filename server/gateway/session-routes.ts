import { Hono } from 'hono'

import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import type { GatewayDeps } from './gateway-deps'
import { openRefreshToken } from './grant-tokens'
import { sessionAnswer } from './session-answer'
import { recordSignOut } from './sign-in-history'

/**
 * `GET /auth/session` says who is signed in and what they may do, never a token;
 * `POST /auth/logout` forgets the session. A pro's grant that a connection acts through is
 * kept (signing out is not disconnecting); any other is revoked at Thumbtack first.
 */
export function sessionRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  // Whether the sign-in page may offer demo people and a pasted token (a developer option).
  const { devTokenSignIn } = deps.options
  // Whether "Sign in as staff" leads anywhere (a company provider is configured).
  const staffSignIn = deps.options.staff !== undefined

  app.get('/auth/session', async (c) => {
    c.header('Cache-Control', 'no-store')
    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind !== 'active') {
      if (resolved.kind === 'ended') clearSessionCookie(c)
      return c.json({ signedIn: false, devTokenSignIn, staffSignIn })
    }
    return c.json(await sessionAnswer(deps, resolved.session, resolved.who))
  })

  app.post('/auth/logout', requireSameOrigin(deps.originFor), async (c) => {
    const cookie = readSessionCookie(c)
    const resolved = await deps.sessions.resolve(cookie)
    if (resolved.kind === 'active') await recordSignOut(deps, resolved.session)
    const grantID = resolved.kind === 'active' ? resolved.session.grantID : null
    const connected =
      grantID !== null &&
      resolved.kind === 'active' &&
      (await deps.store.listConnections(resolved.session.subjectID)).some(
        (connection) => connection.grantID === grantID,
      )
    if (grantID !== null && !connected) {
      const grant = await deps.store.findGrant(grantID)
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
