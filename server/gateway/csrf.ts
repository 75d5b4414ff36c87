import type { MiddlewareHandler } from 'hono'

import { gatewayProblem } from './problems'

/**
 * Cookie sessions invite cross-site request forgery; three things refuse it, so one slip
 * is not enough: SameSite=Strict on the cookie; a fixed custom header, which no other
 * origin can send without a CORS preflight that this server never approves; and an
 * `Origin` that is exactly ours (another port of 127.0.0.1 is another origin).
 */
export const CSRF_HEADER = 'X-Requested-With'
export const CSRF_HEADER_VALUE = 'numbers-console'

const safeMethods = new Set(['GET', 'HEAD'])

export function requireSameOrigin(
  expectedOrigin: (requestUrl: string) => string,
): MiddlewareHandler {
  return async (c, next) => {
    const refuse = (detail: string) => gatewayProblem(c, 'csrf-refused', detail)
    if (c.req.header(CSRF_HEADER) !== CSRF_HEADER_VALUE) {
      return refuse(`Send the header "${CSRF_HEADER}: ${CSRF_HEADER_VALUE}" with every call.`)
    }
    const expected = expectedOrigin(c.req.url)
    const origin = c.req.header('Origin')
    if (origin !== undefined) {
      if (origin !== expected) return refuse(`Calls are accepted from ${expected} only.`)
    } else if (!safeMethods.has(c.req.method) || c.req.header('Sec-Fetch-Site') !== 'same-origin') {
      // Browsers leave Origin off same-origin GETs only, and then say Sec-Fetch-Site.
      return refuse(`Send an Origin header of ${expected}.`)
    }
    await next()
  }
}
