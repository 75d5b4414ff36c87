import { randomUUID } from 'node:crypto'

import { Hono, type Context } from 'hono'

import { actorFromSession } from '../audit/audit-actor'
import { recordEvent } from '../audit/audit-event'
import type { ConnectionRecord } from '../store/gateway-store'
import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import type { GatewayDeps } from './gateway-deps'
import { openRefreshToken } from './grant-tokens'
import { gatewayProblem } from './problems'

const shown = (c: ConnectionRecord) => ({
  businessID: c.businessID,
  businessName: c.businessName,
  connectedAt: new Date(c.connectedAt).toISOString(),
  renewedAt: new Date(c.renewedAt).toISOString(),
})

/**
 * Disconnect: the connections go; a grant no connection uses any more is revoked at
 * Thumbtack and deleted, which ends the pro's sessions signed in with it too (the revoked
 * refresh token was theirs). Returns whether the caller's own session was among them.
 */
async function disconnect(deps: GatewayDeps, userID: string, businessID: string | undefined) {
  const gone = await deps.store.deleteConnections(userID, businessID)
  const left = await deps.store.listConnections(userID)
  const retired = new Set<string>()
  for (const grantID of new Set(gone.map((g) => g.grantID))) {
    if (left.some((c) => c.grantID === grantID)) continue
    const grant = await deps.store.findGrant(grantID)
    const refreshToken = grant ? openRefreshToken(deps.cipher, grant) : undefined
    if (refreshToken !== undefined) {
      await deps.oauth.revoke(refreshToken).catch((e: unknown) => {
        deps.log(`disconnect: revoking failed (${e instanceof Error ? e.message : 'unknown'})`)
      })
    }
    await deps.store.deleteGrant(grantID)
    retired.add(grantID)
  }
  return { gone, retired }
}

/**
 * `GET /auth/connections`: a pro's connected businesses and since when (staff see all).
 * `DELETE /auth/connections/{businessID}` and `DELETE /auth/connections`: Disconnect, pros
 * only, for one business or all of theirs.
 */
export function connectionRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  app.use('/auth/connections', requireSameOrigin(deps.originFor))
  app.use('/auth/connections/*', requireSameOrigin(deps.originFor))

  const signedIn = async (c: Context) => {
    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind === 'active') return resolved
    if (resolved.kind === 'ended') clearSessionCookie(c)
    return gatewayProblem(c, 'sign-in-required', 'Sign in to see connections.')
  }

  app.get('/auth/connections', async (c) => {
    const resolved = await signedIn(c)
    if (resolved instanceof Response) return resolved
    const userID = resolved.who.kind === 'pro' ? resolved.who.userID : undefined
    const connections = (await deps.store.listConnections(userID)).map(shown)
    return c.json({ connections }, 200, { 'Cache-Control': 'no-store' })
  })

  const disconnectRoute = async (c: Context, businessID: string | undefined) => {
    const resolved = await signedIn(c)
    if (resolved instanceof Response) return resolved
    if (resolved.who.kind !== 'pro') {
      return gatewayProblem(
        c,
        'not-allowed',
        'Only the pro who connected a business can disconnect it.',
      )
    }
    const { gone, retired } = await disconnect(deps, resolved.who.userID, businessID)
    const actor = actorFromSession(resolved.session)
    const requestID = randomUUID()
    for (const g of gone) {
      const event = {
        actor,
        action: 'disconnect',
        at: deps.now(),
        businessID: g.businessID,
        businessName: g.businessName,
        requestID,
      } as const
      await recordEvent(deps.store.audit, event, deps.log)
    }
    if (businessID !== undefined && gone.length === 0) {
      return gatewayProblem(c, 'not-found', `Business ${businessID} is not connected.`)
    }
    const grantID = resolved.session.grantID
    const signedOut = grantID !== null && retired.has(grantID)
    if (signedOut) clearSessionCookie(c)
    const body = { disconnected: gone.map(shown), signedOut }
    return c.json(body, 200, { 'Cache-Control': 'no-store' })
  }

  app.delete('/auth/connections', (c) => disconnectRoute(c, undefined))
  app.delete('/auth/connections/:businessID{[0-9]{1,30}}', (c) =>
    disconnectRoute(c, c.req.param('businessID')),
  )
  return app
}
