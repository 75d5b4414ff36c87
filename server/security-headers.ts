import { type MiddlewareHandler } from 'hono'

/**
 * Thumbtack's API origins, so that "Use an access token" can talk to staging or
 * production from a page served here. Nothing else may be fetched.
 */
const thumbtackApiOrigins = ['https://api.thumbtack.com', 'https://staging-api.thumbtack.com']

export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  `connect-src 'self' ${thumbtackApiOrigins.join(' ')}`,
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/** Set on every answer, whatever its policy; also written by hand for Node's own 400s. */
export const baseSecurityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
} as const

/** Headers for every answer of the app server: pages, assets and API alike. */
export function securityHeaders(options: { dev?: boolean } = {}): MiddlewareHandler {
  return async (c, next) => {
    await next()
    // Vite's dev client injects inline scripts and styles; the policy is for the real build.
    // A page with its own, stricter policy keeps it (the sandbox's consent page).
    if (!options.dev && !c.res.headers.has('Content-Security-Policy'))
      c.header('Content-Security-Policy', contentSecurityPolicy)
    for (const [name, value] of Object.entries(baseSecurityHeaders)) c.header(name, value)
  }
}
