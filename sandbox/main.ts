import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { Server } from 'node:http'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { z } from 'zod'
import { createSandbox } from './app.ts'
import { tidyUnreadBodies } from './http/unread-body.ts'
import { REMOTE_ADMIN_ENV } from './loopback-only.ts'

// `npm run sandbox`: the sandbox API alone, for the client's contract tests and for
// poking at it with curl. `npm start` / `npm run dev` serve it beside the app instead.

const env = z
  .object({
    SANDBOX_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
    // Beside the repo, not the working directory, so every way of starting finds one file.
    SANDBOX_DB: z
      .string()
      .min(1)
      .default(fileURLToPath(new URL('../.data/sandbox.sqlite', import.meta.url))),
    // Only matters behind a proxy or port forward: this server listens on 127.0.0.1.
    [REMOTE_ADMIN_ENV]: z.enum(['0', '1']).default('0'),
  })
  .parse(process.env)

if (env.SANDBOX_DB !== ':memory:') mkdirSync(path.dirname(env.SANDBOX_DB), { recursive: true })

let ownURL: string | undefined
const sandbox = createSandbox({
  dbPath: env.SANDBOX_DB,
  allowRemoteAdmin: env[REMOTE_ADMIN_ENV] === '1',
  publicURL: () => ownURL,
})
const server = serve(
  {
    fetch: sandbox.app.fetch,
    port: env.SANDBOX_PORT,
    hostname: '127.0.0.1',
    // Unread bodies are tidyUnreadBodies's job (http/unread-body.ts), not the adapter's.
    autoCleanupIncoming: false,
  },
  (info) => {
    ownURL = `http://127.0.0.1:${info.port}`
    console.log(`Sandbox API on http://127.0.0.1:${info.port}  (data: ${env.SANDBOX_DB})`)
    console.log(`Sign-ins: curl -s http://127.0.0.1:${info.port}/sandbox/personas`)
  },
)

// Added before the first request can arrive: listening completes on a later tick.
if (server instanceof Server) tidyUnreadBodies(server)

function shutdown(signal: string) {
  console.log(`${signal}: closing the sandbox`)
  server.close(() => {
    // Closing the database checkpoints the WAL, so the file is whole for the next start.
    sandbox.close()
    process.exit(0)
  })
  // Idle keep-alive sockets (a browser tab) would otherwise hold close() open for seconds.
  if ('closeIdleConnections' in server) server.closeIdleConnections()
}

process.once('SIGINT', () => shutdown('SIGINT'))
process.once('SIGTERM', () => shutdown('SIGTERM'))
