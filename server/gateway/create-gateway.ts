import { Hono } from 'hono'

import { createSeenUpstream } from '../audit/seen-upstream'

import { authRoutes } from './auth-routes'
import type { GatewayDeps } from './gateway-deps'
import { historyRoutes } from './history-routes'
import { gatewayOptionsSchema, type GatewayOptionsInput } from './gateway-options'
import { connectionRoutes } from './connection-routes'
import { createOAuthClient } from './oauth-client'
import { proxyRoutes } from './proxy-routes'
import { sessionRoutes } from './session-routes'
import { staffAuthRoutes } from './staff-auth-routes'
import { createStaffOidc } from './staff-oidc'
import { createSessions } from './sessions'
import { createTokenCipher } from './token-cipher'
import { createTokenRefresher } from './token-refresher'
import { createUpstream } from './upstream'

export interface Gateway {
  /** Mount with `app.route('/', gateway.app)`: it answers `/auth/*` and `/api/*`. */
  app: Hono
  /** Stops housekeeping and closes the store. */
  close: () => Promise<void>
}

const SWEEP_EVERY_MS = 10 * 60_000

/**
 * The sign-in gateway (a Backend for Frontend): a confidential OAuth client that keeps
 * every token on the server, a cookie session for the browser, and a proxy for the seven
 * calls of the contract. Options are parsed with zod; bad options throw with the list.
 */
export function createGateway(input: GatewayOptionsInput & { log?: (m: string) => void }): Gateway {
  const options = gatewayOptionsSchema.parse(input)
  const now = options.now ?? Date.now
  const { store } = options
  const cipher = createTokenCipher(options.sessionKeys)
  const oauth = createOAuthClient(options)
  const scope = options.scopes.join(' ')
  const publicOrigin = options.publicOrigin
  const deps: GatewayDeps = {
    options,
    store,
    oauth,
    cipher,
    now,
    sessions: createSessions({
      store,
      cipher,
      now,
      scope,
      idleMs: options.sessionIdleSeconds * 1000,
      absoluteMs: options.sessionAbsoluteSeconds * 1000,
    }),
    refresher: createTokenRefresher({
      store,
      oauth,
      cipher,
      now,
      scope,
      skewMs: options.refreshSkewSeconds * 1000,
    }),
    send: createUpstream(options.apiBase, options.upstreamTimeoutMs, options.fetch),
    seen: createSeenUpstream(),
    originFor: (url) => publicOrigin ?? new URL(url).origin,
    log: input.log ?? ((m) => console.warn(`[gateway] ${m}`)),
  }

  const app = new Hono()
  app.route('/', authRoutes(deps))
  const staff = options.staff && createStaffOidc(options.staff, options.upstreamTimeoutMs)
  app.route('/', staffAuthRoutes(deps, staff))
  app.route('/', sessionRoutes(deps))
  app.route('/', connectionRoutes(deps))
  app.route('/', proxyRoutes(deps))
  app.route('/', historyRoutes(deps))

  const sweep = setInterval(() => {
    store.deleteExpiredSessions(now()).catch((e: unknown) => {
      deps.log(`housekeeping failed (${e instanceof Error ? e.message : 'unknown'})`)
    })
  }, SWEEP_EVERY_MS)
  sweep.unref()

  return {
    app,
    close: async () => {
      clearInterval(sweep)
      await store.close()
    },
  }
}
