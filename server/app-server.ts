import { mkdirSync } from 'node:fs'
import { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { createSandbox } from '../sandbox/app.ts'
import { hostsForListenAddress } from '../sandbox/trusted-hosts.ts'
import type { OAuthClientOptions } from '../sandbox/oauth/client.ts'
import { composeApp } from './app.ts'
import { frontRoutes, inProcessFetch } from './front.ts'
import type { GatewaySettings } from './gateway/gateway-settings.ts'
import { parseGatewaySettings } from './gateway/gateway-settings.ts'
import { openGateway } from './gateway/open-gateway.ts'
import { listen, type RunningServer } from './listen.ts'

export interface AppServerOptions {
  dbPath: string
  port: number
  host: string
  /** The built app (`dist/`). Omit together with `vite` for the API alone. */
  staticDir?: string
  /** Vite's dev middleware, for `npm run dev`. */
  viteMiddleware?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  /** Let non-loopback clients use /sandbox/ controls (SANDBOX_ALLOW_REMOTE_ADMIN=1). */
  allowRemoteAdmin?: boolean
  /** Host names answered besides loopback; default: `host`, or this machine's addresses. */
  allowedHosts?: readonly string[]
  /** Where clients reach the server (PUBLIC_ORIGIN); default: its own URL on a named host. */
  publicURL?: string | (() => string | undefined)
  /**
   * The gateway's settings. Default: sandbox mode with the embedded sandbox, keys made up at
   * start, its store in memory when `dbPath` is `:memory:`. With `thumbtack` set (staging,
   * production, or THUMBTACK_*_BASE naming a sandbox run elsewhere) no sandbox is embedded.
   */
  gateway?: GatewaySettings
  /** DEV_TOKEN_SIGN_IN: demo sign-ins and pasted bearer tokens besides the cookie session. */
  devTokenSignIn?: boolean
  /** Serve the built app's source maps (SERVE_SOURCE_MAPS=1); off by default. */
  serveSourceMaps?: boolean
}

const apiOrSandbox = /^\/(api|sandbox|auth|oauth2|staff-idp)(\/|$)/
const wildcardHosts = new Set(['0.0.0.0', '::', '[::]'])

function defaultGatewaySettings(dbPath: string): GatewaySettings {
  const parsed = parseGatewaySettings(dbPath === ':memory:' ? { GATEWAY_SQLITE: ':memory:' } : {})
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return parsed.settings
}

/** The emulator's database, its folder made first; `:memory:` needs none. */
export function openSandbox({
  dbPath,
  host,
  allowRemoteAdmin,
  allowedHosts,
  publicURL,
  oauthClient,
}: {
  dbPath: string
  host: string
  allowRemoteAdmin?: boolean
  allowedHosts?: readonly string[] | undefined
  publicURL?: string | (() => string | undefined) | undefined
  oauthClient?: OAuthClientOptions
}) {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(dbPath), { recursive: true })
  return createSandbox({
    dbPath,
    allowRemoteAdmin: allowRemoteAdmin ?? false,
    allowedHosts: allowedHosts ?? hostsForListenAddress(host),
    ...(publicURL === undefined ? {} : { publicURL }),
    ...(oauthClient ? { oauthClient } : {}),
  })
}

// On 0.0.0.0 no one URL fits every client: the API's URLs are then paths on this origin.
const ownURLFor = (host: string, url: string) =>
  ['0.0.0.0', '::'].includes(host) ? undefined : url

/**
 * One origin for the dashboard, its sign-in gateway and (by default) the sandbox playing
 * Thumbtack: `/auth`, `/api/v4`, `/oauth2`, `/sandbox`, and the app. The gateway is made
 * after listening: in sandbox mode its authorization server is this server's own origin.
 */
export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  const settings = options.gateway ?? defaultGatewaySettings(options.dbPath)
  const devTokenSignIn = options.devTokenSignIn ?? false
  // Known once listening; the sandbox asks for it per request.
  const own: { url?: string | undefined } = {}
  // The sandbox registers exactly the client the gateway signs in as.
  const sandbox =
    settings.thumbtack === undefined
      ? openSandbox({
          ...options,
          publicURL: options.publicURL ?? (() => own.url),
          oauthClient: { clientID: settings.client.id, clientSecret: settings.client.secret },
        })
      : undefined
  // Filled in once the gateway exists; a request before that (none is expected) gets a 503.
  const ready: { handle?: ReturnType<typeof getRequestListener> } = {}
  const { viteMiddleware } = options
  const running = await listen((req, res) => {
    const hono = ready.handle
    if (!hono) {
      res.writeHead(503, { 'Retry-After': '1' }).end()
      return
    }
    if (viteMiddleware && !apiOrSandbox.test(req.url ?? '/')) {
      viteMiddleware(req, res, () => void hono(req, res))
      return
    }
    void hono(req, res)
  }, options)
  own.url = ownURLFor(options.host, running.url)
  const url = new URL(running.url)
  if (wildcardHosts.has(url.hostname)) url.hostname = '127.0.0.1'

  const gateway = await openGateway(settings, {
    sandboxOrigin: url.origin,
    devTokenSignIn,
    ...(sandbox ? { sandboxFetch: inProcessFetch(sandbox.app) } : {}),
  }).catch(async (error: unknown) => {
    await running.close()
    sandbox?.close()
    throw error
  })
  const upstream = frontRoutes({ gateway, sandbox, devTokenSignIn })
  const app = composeApp({
    upstream,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    spa: { serveSourceMaps: options.serveSourceMaps ?? false },
  })
  // Unread bodies are tidyUnreadBodies's job, not the adapter's (see http/unread-body.ts).
  ready.handle = getRequestListener(app.fetch, { autoCleanupIncoming: false })
  return {
    ...running,
    close: async () => {
      await running.close()
      await gateway.close()
      // Closing the database checkpoints the WAL, so the file is whole for the next start.
      upstream.close()
    },
  }
}
