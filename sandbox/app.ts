import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { authenticate } from './auth.ts'
import type { SandboxDeps } from './context.ts'
import { createFaults } from './faults.ts'
import { loopbackOnly, socketAddress, type ClientAddress } from './loopback-only.ts'
import { registeredClient, type OAuthClientOptions } from './oauth/client.ts'
import { oauthRoutes } from './oauth/routes.ts'
import { STAFF_IDP_PATH } from './staff-idp/staff-people.ts'
import { staffIdpRoutes, type StaffIdpTamper } from './staff-idp/routes.ts'
import { problem } from './problem.ts'
import { createRequestLog } from './request-log.ts'
import { sameOriginOnly } from './same-origin-only.ts'
import { trustedHostsOnly } from './trusted-hosts.ts'
import { businessImageRoutes } from './routes/business-images.ts'
import { businessRoutes } from './routes/businesses.ts'
import { phoneNumberBulkRoutes } from './routes/phone-numbers-bulk.ts'
import { phoneNumberRoutes } from './routes/phone-numbers.ts'
import { sandboxAdminRoutes } from './routes/sandbox-admin.ts'
import { userRoutes } from './routes/users.ts'
import { openDatabase } from './store/database.ts'
import { createStore, type Store } from './store/store.ts'

export interface SandboxOptions {
  /** A file path, or ':memory:' for a throwaway database. */
  dbPath: string
  now?: () => Date
  /** Drives fault injection; tests pass a fixed value to make errorRate deterministic. */
  random?: () => number
  /**
   * Let any client use the sandbox's controls (/sandbox/personas, reset, faults, requests).
   * Off by default: they answer loopback clients only (SANDBOX_ALLOW_REMOTE_ADMIN=1 in
   * server/settings.ts turns this on).
   */
  allowRemoteAdmin?: boolean
  /**
   * The caller's IP address. Defaults to the Node socket's; `app.request()` has none, so
   * in-process tests inject one (an unknown address is treated as not loopback).
   */
  clientAddress?: ClientAddress
  /**
   * The OAuth client the authorization server (/oauth2/…) knows: by default
   * `numbers-console-sandbox` with a public sandbox secret, accepting any loopback port's
   * /auth/callback (see oauth/client.ts). The app server passes its own redirect URIs.
   */
  oauthClient?: OAuthClientOptions
  /**
   * The staff OpenID Connect provider at /staff-idp (the partner's own staff, not
   * Thumbtack's): extra redirect URIs besides any loopback /auth/staff/callback, and faults
   * for relying-party tests.
   */
  staffIdp?: { redirectURIs?: readonly string[]; tamper?: StaffIdpTamper }
  /**
   * Host names to answer besides 127.0.0.1, localhost and [::1] (the HOST a server listens
   * on, PUBLIC_ORIGIN's): requests naming any other host get a 403 (DNS rebinding).
   */
  allowedHosts?: readonly string[]
  /**
   * Where clients reach this server (`http://127.0.0.1:5173`), for the absolute URLs the
   * API hands out, such as `imageURL`; a function when it is known only once listening.
   * Never taken from the request. Unset: those URLs are paths on the server's own origin.
   */
  publicURL?: string | (() => string | undefined)
}

/** The controls that answer loopback clients only; the business images stay public. */
const ADMIN_PATHS = ['/sandbox/personas', '/sandbox/reset', '/sandbox/faults', '/sandbox/requests']

export const MAX_BODY_BYTES = 256 * 1024

const shownPath = (path: string) => (path.length > 80 ? `${path.slice(0, 77)}…` : path)

export function createSandbox(options: SandboxOptions): {
  app: Hono
  store: Store
  close: () => void
} {
  const now = options.now ?? (() => new Date())
  const db = openDatabase(options.dbPath)
  const store = createStore(db)
  store.seedIfEmpty()
  const random = options.random ?? Math.random
  const faults = createFaults({ now, random })
  const requestLog = createRequestLog({ now })

  const { publicURL } = options
  const publicOrigin = () => {
    const url = typeof publicURL === 'function' ? publicURL() : publicURL
    return url === undefined ? undefined : new URL(url).origin
  }
  const deps: SandboxDeps = { store, faults, requestLog, now, publicOrigin }

  const app = new Hono()
  // The log comes first, so it records every answer: 413s, refused hosts and injected
  // faults included. It reads a body only after the size limit has let it through.
  // Thumbtack's authorization server is logged too, so tests can count refreshes.
  for (const path of ['/api/*', '/oauth2/auth', '/oauth2/token', '/oauth2/revoke'])
    app.use(path, requestLog.middleware)
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        problem(c, 'payload-too-large', `Send at most ${MAX_BODY_BYTES / 1024} KiB in a body.`),
    }),
  )
  // No CORS at all: the dashboard is served from this origin, and no other site may read
  // or drive the sandbox through a visitor's browser (docs/decisions/0006).
  app.use('*', trustedHostsOnly(options.allowedHosts ?? []))
  const adminGuard = loopbackOnly({
    allowRemote: options.allowRemoteAdmin ?? false,
    clientAddress: options.clientAddress ?? socketAddress,
  })
  const ownPagesOnly = sameOriginOnly(publicOrigin)
  for (const path of ADMIN_PATHS) app.use(path, adminGuard, ownPagesOnly)
  const { latency, rateLimit, serverErrors } = faults.middleware
  app.use('/api/*', latency, authenticate(deps), rateLimit, serverErrors)

  app.route('/api/v4/users', userRoutes())
  app.route('/api/v4/businesses', businessRoutes(deps))
  app.route('/api/v4/businesses', phoneNumberRoutes(deps))
  app.route('/api/v4/businesses', phoneNumberBulkRoutes(deps))
  app.route('/sandbox', sandboxAdminRoutes(deps))
  app.route('/sandbox', businessImageRoutes(deps))
  // Thumbtack's authorization server, at its paths.
  app.route(
    '/oauth2',
    oauthRoutes({ ...deps, random, client: registeredClient(options.oauthClient) }),
  )
  // A company's own OpenID Connect provider for its staff, played by the sandbox.
  app.route(STAFF_IDP_PATH, staffIdpRoutes({ now, publicOrigin, ...options.staffIdp }))

  // Explicit catch-alls, not only notFound(): they still answer with a Problem when this
  // app is mounted inside another one (server/app.ts), whose own notFound would win.
  const nothingHere = (c: Context) =>
    problem(c, 'not-found', `There is nothing at ${c.req.method} ${shownPath(c.req.path)}.`)
  app.all('/api/*', nothingHere)
  app.all('/sandbox/*', nothingHere)
  app.all('/oauth2/*', nothingHere)
  app.all(`${STAFF_IDP_PATH}/*`, nothingHere)
  app.notFound(nothingHere)
  // Every expected refusal is answered in the routes; reaching this is a sandbox bug.
  app.onError((error, c) => {
    console.error('[sandbox] unexpected error', error)
    return problem(c, 'server-error', 'The sandbox failed unexpectedly.', { status: 500 })
  })

  return {
    app,
    store,
    close: () => {
      if (db.open) db.close()
    },
  }
}
