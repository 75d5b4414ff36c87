import { mkdirSync } from 'node:fs'
import { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'
import { getRequestListener } from '@hono/node-server'
import { createSandbox } from '../sandbox/app.ts'
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
  /** Serve the built app's source maps (SERVE_SOURCE_MAPS=1); off by default. */
  serveSourceMaps?: boolean
}

const apiOrSandbox = /^\/(api|sandbox)(\/|$)/

/** The emulator's database, its folder made first; `:memory:` needs none. */
export function openSandbox({
  dbPath,
  allowRemoteAdmin,
}: {
  dbPath: string
  allowRemoteAdmin?: boolean
}) {
  if (dbPath !== ':memory:') mkdirSync(path.dirname(dbPath), { recursive: true })
  return createSandbox({ dbPath, allowRemoteAdmin: allowRemoteAdmin ?? false })
}

/** One origin for the dashboard and the sandbox: `/api/v4`, `/sandbox`, and the app. */
export async function startAppServer(options: AppServerOptions): Promise<RunningServer> {
  const upstream = openSandbox(options)
  const app = composeApp({
    upstream,
    ...(options.staticDir === undefined ? {} : { staticDir: options.staticDir }),
    spa: { serveSourceMaps: options.serveSourceMaps ?? false },
  })
  const handleWithHono = getRequestListener(app.fetch)
  const { viteMiddleware } = options

  return await listen(
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
}
