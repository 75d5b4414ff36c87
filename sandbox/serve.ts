import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import path from 'node:path'

import { getRequestListener } from '@hono/node-server'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

import { createSandbox } from './app'
import { tidyUnreadBodies } from './http/unread-body'
import { securityHeaders } from './security-headers'
import { hostsForListenAddress } from './trusted-hosts'

export interface AppServerOptions {
  dbPath: string
  port: number
  host: string
  /** The built app (`dist/`). Omit together with `vite` for the sandbox alone. */
  staticDir?: string
  /** Vite's dev middleware, for `npm run dev`. */
  viteMiddleware?: (req: IncomingMessage, res: ServerResponse, next: () => void) => void
  /** Let non-loopback clients use /sandbox/ controls (SANDBOX_ALLOW_REMOTE_ADMIN=1). */
  allowRemoteAdmin?: boolean
  /** Host names answered besides loopback; default: `host`, or this machine's addresses. */
  allowedHosts?: readonly string[]
  /** Where clients reach the server (PUBLIC_URL); default: its own URL on a named host. */
  publicURL?: string
}

export interface RunningServer {
  url: string
  server: Server
  close: () => Promise<void>
}

const apiOrSandbox = /^\/(api|sandbox)(\/|$)/

function appRoutes(staticDir: string, sandboxApp: Hono): Hono {
  const indexHtml = readFileSync(path.join(staticDir, 'index.html'), 'utf8')
  const app = new Hono()
  app.use('*', securityHeaders())
  app.route('/', sandboxApp)
  app.use(
    '/assets/*',
    serveStatic({
      root: staticDir,
      onFound: (_path, c) => {
        // File names carry a content hash: they never change.
        c.header('Cache-Control', 'public, max-age=31536000, immutable')
      },
    }),
  )
  app.use('*', serveStatic({ root: staticDir }))
  // Every other path is a page of the single-page app, so deep links and reloads work.
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
  return app
}

/** One origin for the dashboard and the sandbox: `/api/v4`, `/sandbox`, and the app. */
export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  let ownURL: string | undefined
  const sandbox = createSandbox({
    dbPath: options.dbPath,
    allowRemoteAdmin: options.allowRemoteAdmin ?? false,
    allowedHosts: options.allowedHosts ?? hostsForListenAddress(options.host),
    publicURL: options.publicURL ?? (() => ownURL),
  })
  const sandboxOnly = new Hono().use('*', securityHeaders({ dev: true })).route('/', sandbox.app)
  const app = options.staticDir ? appRoutes(options.staticDir, sandbox.app) : sandboxOnly
  // Unread bodies are tidyUnreadBodies's job, not the adapter's (see http/unread-body.ts).
  const handleWithHono = getRequestListener(app.fetch, { autoCleanupIncoming: false })
  const { viteMiddleware } = options

  const server = createServer((req, res) => {
    if (viteMiddleware && !apiOrSandbox.test(req.url ?? '/')) {
      viteMiddleware(req, res, () => void handleWithHono(req, res))
      return
    }
    void handleWithHono(req, res)
  })
  tidyUnreadBodies(server)

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host, resolve)
  })
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('The server has no TCP address.')
  const { port } = address
  const hostForUrl = options.host.includes(':') ? `[${options.host}]` : options.host
  const url = `http://${hostForUrl}:${port}`
  // On 0.0.0.0 no one URL fits every client: the API's URLs are then paths on this origin.
  if (!['0.0.0.0', '::'].includes(options.host)) ownURL = url

  return {
    url,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          sandbox.close()
          resolve()
        })
      }),
  }
}
