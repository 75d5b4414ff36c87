import type { MiddlewareHandler } from 'hono'
import { problem } from './problem.ts'
import { requestedHost } from './trusted-hosts.ts'

// The controls hand out tokens, reset the data and break the API on purpose. A page on
// another site can still *send* to them through the visitor's browser (a form post, a
// no-cors fetch) even without CORS: such requests carry the page's Origin, or at least
// `Sec-Fetch-Site: cross-site`. Only this app's own pages and non-browser clients (curl,
// tests), which send neither, are let through.

const CROSS = new Set(['cross-site', 'same-site'])

/** Whether `origin` is the origin the request was sent to (or the configured public one). */
function isOwnOrigin(origin: string, host: string, publicOrigin: string | undefined): boolean {
  if (origin === publicOrigin) return true
  try {
    const url = new URL(origin)
    return url.origin === origin && url.host === host.toLowerCase()
  } catch {
    // "null" (a sandboxed frame, a file: page) and anything malformed.
    return false
  }
}

export function sameOriginOnly(publicOrigin: () => string | undefined): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin')
    const site = c.req.header('sec-fetch-site')
    const foreign =
      origin === undefined
        ? site !== undefined && CROSS.has(site)
        : !isOwnOrigin(origin, requestedHost(c), publicOrigin())
    if (!foreign) {
      await next()
      return
    }
    const detail =
      "The sandbox's controls answer this app's own pages only; this request came from a page on another site."
    return problem(c, 'foreign-origin', detail)
  }
}
