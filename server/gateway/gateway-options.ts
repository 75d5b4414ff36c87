import { z } from 'zod'

import type { GatewayStore } from '../store/gateway-store'
import { sessionKeySchema } from './token-cipher'

/** What the app needs from Thumbtack, plus `offline_access` for refresh tokens. */
export const GATEWAY_SCOPES = [
  'supply::businesses.list',
  'supply::businesses/associate-phone-numbers.read',
  'supply::businesses/associate-phone-numbers.write',
  'supply::users.read',
  'offline_access',
] as const

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]'])

export function isLoopbackUrl(url: string): boolean {
  return loopbackHosts.has(new URL(url).hostname)
}

// Plain http only to this machine (the embedded sandbox); anything else must be https.
const endpoint = z
  .url({ protocol: /^https?$/ })
  .refine((u) => u.startsWith('https:') || isLoopbackUrl(u), 'must be https unless loopback')

const origin = endpoint.refine((u) => new URL(u).origin === u, 'must be an origin, no path')

const isStore = (v: unknown): v is GatewayStore =>
  typeof v === 'object' && v !== null && 'findSession' in v && 'acquireRefreshLock' in v

export const gatewayOptionsSchema = z.object({
  /** The app's public origin; omitted in sandbox mode, where each request's own origin is used. */
  publicOrigin: origin.optional(),
  authorizationServer: z.object({
    issuer: endpoint,
    authorizationEndpoint: endpoint,
    tokenEndpoint: endpoint,
    revocationEndpoint: endpoint,
  }),
  client: z.object({ id: z.string().min(1), secret: z.string().min(1) }),
  /** The API base the seven calls go to, ending in `/api/` (its `v4/...` paths are appended). */
  apiBase: endpoint.refine((u) => u.endsWith('/api/'), 'must end with /api/'),
  scopes: z
    .array(z.string().min(1))
    .min(1)
    .default([...GATEWAY_SCOPES]),
  audience: z.string().min(1).default('urn:partner-api'),
  /** The first key seals; every key opens (rotation). */
  sessionKeys: z.array(sessionKeySchema).min(1),
  sessionIdleSeconds: z
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  sessionAbsoluteSeconds: z
    .number()
    .int()
    .positive()
    .default(7 * 24 * 3600),
  /** Refresh this long before the access token's end, so no call goes out with a dying one. */
  refreshSkewSeconds: z.number().int().nonnegative().default(60),
  upstreamTimeoutMs: z.number().int().positive().default(15_000),
  store: z.custom<GatewayStore>(isStore, 'store must be a GatewayStore'),
  /** Staff sign-in through the company's OpenID Connect provider; absent, it is off. */
  staff: z
    .object({
      issuer: endpoint,
      client: z.object({ id: z.string().min(1), secret: z.string().min(1) }),
      roleClaim: z.string().min(1).default('numbers_console_role'),
    })
    .optional(),
  /** DEV_TOKEN_SIGN_IN: forward a pasted bearer token when no session cookie is sent. */
  devTokenSignIn: z.boolean().default(false),
  /** How API calls reach the upstream; the embedded sandbox is called in process. */
  fetch: z.custom<typeof fetch>((v) => typeof v === 'function').optional(),
  /** Injected clock (epoch ms) for tests. */
  now: z.custom<() => number>((v) => typeof v === 'function').optional(),
})

export type GatewayOptionsInput = z.input<typeof gatewayOptionsSchema>
export type GatewayOptions = z.output<typeof gatewayOptionsSchema>
