import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/**
 * The gateway's own Problem Details (RFC 9457). Upstream Problems pass through untouched;
 * these are the answers the gateway gives itself. The SPA keys on `type`.
 */
export const GATEWAY_PROBLEM_BASE = 'urn:numbers-console:problem:'

const kinds = {
  /** No session: the SPA shows the sign-in page. */
  'sign-in-required': { status: 401, title: 'Sign in to continue.' },
  /** The session existed but is over (lifetime, revoked refresh token): "Sign in again". */
  'session-ended': { status: 401, title: 'Your session has ended. Sign in again.' },
  'csrf-refused': { status: 403, title: 'This request did not come from Numbers Console.' },
  'not-found': { status: 404, title: 'Not found.' },
  'method-not-allowed': { status: 405, title: 'Method not allowed.' },
  'invalid-request': { status: 400, title: 'This request is not valid.' },
  'payload-too-large': { status: 413, title: 'The request body is too large.' },
  'upstream-challenge': { status: 502, title: 'Thumbtack held this request for a check.' },
  'upstream-legal': { status: 451, title: 'Thumbtack is not available from here.' },
  'upstream-gateway': { status: 502, title: 'Thumbtack’s gateway failed this request.' },
  'upstream-unreachable': { status: 502, title: 'Thumbtack could not be reached.' },
  'refresh-busy': { status: 503, title: 'Your sign-in is being renewed. Try again.' },
  /** Staff asked for a business no pro's connection covers (disconnected, or never signed in). */
  'not-connected': { status: 409, title: 'This business is not connected.' },
  /** A viewer (read-only staff) tried to change something: refused before any upstream call. */
  'view-only': { status: 403, title: 'You may view, not change.' },
  /** A pro-only action (Disconnect) asked by staff, or a staff-only one by a pro. */
  'not-allowed': { status: 403, title: 'Your sign-in may not do this.' },
  /** The history could not record a write, so the write was not sent. */
  'history-unavailable': { status: 503, title: 'The change could not be recorded.' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type GatewayProblemKind = keyof typeof kinds

export const problemType = (kind: GatewayProblemKind): string => GATEWAY_PROBLEM_BASE + kind

export function gatewayProblem(
  c: Context,
  kind: GatewayProblemKind,
  detail: string,
  headers: Record<string, string> = {},
): Response {
  const { status, title } = kinds[kind]
  const body = { type: problemType(kind), title, status, detail }
  return c.body(JSON.stringify(body), status, {
    ...headers,
    'Content-Type': 'application/problem+json',
    'Cache-Control': 'no-store',
  })
}
