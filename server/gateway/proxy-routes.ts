import { Hono } from 'hono'

import { actingGrant } from './acting-grant'
import { beginAuditedWrite } from './audited-write'
import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import { matchOrRefuse, upstreamRequest } from './forward-request'
import { observeRead } from './observed-read'
import { pastedTokenForward } from './pasted-token'
import type { GatewayDeps } from './gateway-deps'
import { gatewayProblem } from './problems'
import { RefreshBusy, SessionEnded, type Access } from './token-refresher'
import { isTokenNotActive } from './upstream'
import { upstreamAnswer } from './upstream-answer'

/** `/api/v4/*` → the configured upstream, the contract's seven calls only. */
export function proxyRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  if (deps.options.devTokenSignIn) app.use('/api/*', pastedTokenForward(deps))
  app.use('/api/*', requireSameOrigin(deps.originFor))

  app.all('/api/*', async (c) => {
    const match = matchOrRefuse(c)
    if (match instanceof Response) return match

    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind === 'none') {
      return gatewayProblem(c, 'sign-in-required', 'Sign in with Thumbtack to use Numbers Console.')
    }
    const ended = () => {
      clearSessionCookie(c)
      return gatewayProblem(c, 'session-ended', 'Your session has ended. Sign in again to go on.')
    }
    if (resolved.kind === 'ended') return ended()
    const { session } = resolved
    // A pro acts with their own grant, staff through the business's connection.
    const acting = await actingGrant(c, deps, session, resolved.who, match, ended)
    if (acting instanceof Response) return acting
    const { grantID } = acting

    const request = await upstreamRequest(c, match)
    if (request instanceof Response) return request
    const write = match.call.method !== 'GET'
    // Every write is on record before it leaves: an attempt row now, an outcome row after.
    const audited = await beginAuditedWrite(deps, session, grantID, request)
    if (audited === 'unrecorded') {
      const detail =
        'Nothing was sent to Thumbtack, because the change could not be recorded. Try again.'
      return gatewayProblem(c, 'history-unavailable', detail)
    }
    const withID = (r: Response) => {
      r.headers.set('X-Request-ID', request.requestID)
      return r
    }
    try {
      let access: Access = await deps.refresher.accessFor(grantID)
      let result = await deps.send(request, access.accessToken)
      // Expired early (revoked, clock skew): renew and replay once; a 401 means nothing ran.
      if (result.kind === 'response' && (await isTokenNotActive(result.response))) {
        await result.response.body?.cancel()
        access = await deps.refresher.accessFor(grantID, access.version)
        result = await deps.send(request, access.accessToken)
      }
      await audited?.finish(result)
      await observeRead(deps, grantID, request, result)
      return withID(await upstreamAnswer(c, result, write))
    } catch (error) {
      await audited?.notSent(
        error instanceof SessionEnded
          ? 'Not sent: the sign-in had ended.'
          : 'Not sent: the sign-in could not be renewed.',
      )
      if (error instanceof SessionEnded) return acting.whenGone()
      if (error instanceof RefreshBusy) {
        return gatewayProblem(
          c,
          'refresh-busy',
          'Your sign-in is being renewed; try again in a second.',
          {
            'Retry-After': '1',
          },
        )
      }
      deps.log(
        `proxy: renewing the sign-in failed (${error instanceof Error ? error.message : 'unknown'})`,
      )
      return gatewayProblem(
        c,
        'upstream-unreachable',
        'Thumbtack could not renew this sign-in. Try again.',
      )
    }
  })

  return app
}
