import { randomUUID } from 'node:crypto'

import { Hono, type Context } from 'hono'

import { matchContractCall } from './allowlist'
import { clearSessionCookie, readSessionCookie } from './cookies'
import { requireSameOrigin } from './csrf'
import type { GatewayDeps } from './gateway-deps'
import { gatewayProblem } from './problems'
import { RefreshBusy, SessionEnded, type Access } from './token-refresher'
import { isTokenNotActive, type UpstreamRequest } from './upstream'
import { upstreamAnswer } from './upstream-answer'

const MAX_BODY_BYTES = 1024 * 1024
const prefix = '/api/v4'

/** The path exactly as the browser sent it, percent-encoding and all (Hono's is decoded). */
function rawPathAndSearch(url: string): { path: string; search: string } {
  const start = url.indexOf('/', url.indexOf('://') + 3)
  const queryAt = url.indexOf('?', start)
  return queryAt === -1
    ? { path: url.slice(start), search: '' }
    : { path: url.slice(start, queryAt), search: url.slice(queryAt) }
}

async function readBody(c: Context): Promise<ArrayBuffer | 'too-large'> {
  if (Number(c.req.header('Content-Length') ?? 0) > MAX_BODY_BYTES) return 'too-large'
  const body = await c.req.arrayBuffer()
  return body.byteLength > MAX_BODY_BYTES ? 'too-large' : body
}

/** `/api/v4/*` → the configured upstream, the contract's seven calls only. */
export function proxyRoutes(deps: GatewayDeps): Hono {
  const app = new Hono()
  app.use('/api/*', requireSameOrigin(deps.originFor))

  app.all('/api/*', async (c) => {
    const { path, search } = rawPathAndSearch(c.req.url)
    const match = path.startsWith(`${prefix}/`)
      ? matchContractCall(c.req.method, path.slice(prefix.length), search)
      : ({ kind: 'not-found' } as const)
    if (match.kind === 'not-found') {
      return gatewayProblem(c, 'not-found', 'Numbers Console does not forward this path.')
    }
    if (match.kind === 'method-not-allowed') {
      const detail = `${c.req.method.slice(0, 10)} is not allowed here; use ${match.allow}.`
      return gatewayProblem(c, 'method-not-allowed', detail, { Allow: match.allow })
    }
    if (match.kind === 'bad-query') return gatewayProblem(c, 'invalid-request', match.detail)

    const resolved = await deps.sessions.resolve(readSessionCookie(c))
    if (resolved.kind === 'none') {
      return gatewayProblem(c, 'sign-in-required', 'Sign in with Thumbtack to use Numbers Console.')
    }
    const grantID = resolved.kind === 'active' ? resolved.session.grantID : null
    const ended = () => {
      clearSessionCookie(c)
      return gatewayProblem(c, 'session-ended', 'Your session has ended. Sign in again to go on.')
    }
    if (grantID === null) return ended()

    const body = match.call.hasBody ? await readBody(c) : undefined
    if (body === 'too-large') {
      return gatewayProblem(c, 'payload-too-large', 'The request body is over 1 MiB.')
    }
    const request: UpstreamRequest = {
      call: match.call,
      upstreamPath: match.upstreamPath,
      query: match.query,
      body,
      contentType: c.req.header('Content-Type'),
      requestID: randomUUID(),
    }
    const write = match.call.method !== 'GET'
    try {
      let access: Access = await deps.refresher.accessFor(grantID)
      let result = await deps.send(request, access.accessToken)
      // Expired early (revoked, clock skew): renew and replay once; a 401 means nothing ran.
      if (result.kind === 'response' && (await isTokenNotActive(result.response))) {
        await result.response.body?.cancel()
        access = await deps.refresher.accessFor(grantID, access.version)
        result = await deps.send(request, access.accessToken)
      }
      return await upstreamAnswer(c, result, write)
    } catch (error) {
      if (error instanceof SessionEnded) return ended()
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
