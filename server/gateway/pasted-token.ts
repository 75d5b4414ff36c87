import type { MiddlewareHandler } from 'hono'

import { readSessionCookie } from './cookies'
import type { GatewayDeps } from './gateway-deps'
import { matchOrRefuse, upstreamRequest } from './forward-request'
import { upstreamAnswer } from './upstream-answer'

// RFC 6750 token68 characters, as the sandbox and Thumbtack read them.
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i

/**
 * The developer option DEV_TOKEN_SIGN_IN: a call with a pasted (or demo) bearer token and
 * no session cookie is forwarded with that token, through the same allowlist, and without
 * refresh. It skips the CSRF check on purpose: that check guards the cookie, an ambient
 * credential; a bearer header is one a forged cross-site request cannot carry. With a
 * session cookie the header is ignored (the proxy never copies it).
 */
export function pastedTokenForward(deps: GatewayDeps): MiddlewareHandler {
  return async (c, next) => {
    const token = BEARER.exec(c.req.header('Authorization') ?? '')?.[1]
    if (token === undefined || readSessionCookie(c) !== undefined) {
      await next()
      return
    }
    const match = matchOrRefuse(c)
    if (match instanceof Response) return match
    const request = await upstreamRequest(c, match)
    if (request instanceof Response) return request
    return upstreamAnswer(c, await deps.send(request, token), match.call.method !== 'GET')
  }
}
