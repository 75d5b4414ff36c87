import { mkdirSync } from 'node:fs'
import { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { createSandbox } from '../sandbox/app.ts'
import { hostsForListenAddress } from '../sandbox/trusted-hosts.ts'
import { composeApp } from './app.ts'
import { listen, type RunningServer } from './listen.ts'

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
  /** Where clients reach the server (PUBLIC_ORIGIN); default: its own URL on a named host. */
  publicURL?: string | (() => string | undefined)
}

const apiOrSandbox = /^\/(api|sandbox)(\/|$)/

/** The emulator's database, its folder made first; `:memory:` needs none. */
export function openSandbox({
  dbPath,
  host,
  allowRemoteAdmin,
  allowedHosts,
  publicURL,
}: {
  dbPath: string
  host: string
  allowRemoteAdmin?: boolean
  allowedHosts?: readonly string[] | undefined
  publicURL?: string | (() => string | undefined) | undefined
}) {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(dbPath), { recursive: true })
  return createSandbox({
    dbPath,
    allowRemoteAdmin: allowRemoteAdmin ?? false,
    allowedHosts: allowedHosts ?? hostsForListenAddress(host),
    ...(publicURL === undefined ? {} : { publicURL }),
  })
}

// On 0.0.0.0 no one URL fits every client: the API's URLs are then paths on this origin.
const ownURLFor = (host: string, url: string) =>
  ['0.0.0.0', '::'].includes(host) ? undefined : url

/** One origin for the dashboard and the sandbox: `/api/v4`, `/sandbox`, and the app. */
export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  // Known once listening; the sandbox asks for it per request.
  const own: { url?: string | undefined } = {}
  const upstream = openSandbox({ ...options, publicURL: options.publicURL ?? (() => own.url) })
  const app = composeApp({
    upstream,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
  })
  // Unread bodies are tidyUnreadBodies's job, not the adapter's (see http/unread-body.ts).
  const handleWithHono = getRequestListener(app.fetch, { autoCleanupIncoming: false })
  const { viteMiddleware } = options

  const running = await listen(
    (req, res) => {
      if (viteMiddleware && !apiOrSandbox.test(req.url ?? '/')) {
        viteMiddleware(req, res, () => void handleWithHono(req, res))
        return
      }
      void handleWithHono(req, res)
    },
    options,
    upstream.close,
  )
  own.url = ownURLFor(options.host, running.url)
  return running
}
