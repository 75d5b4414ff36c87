import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

import { isLoopbackAddress, REMOTE_ADMIN_ENV } from './loopback-only'
import { startAppServer } from './serve'
import { hostsForListenAddress } from './trusted-hosts'

/**
 * `npm start` (the built app) and `npm run dev` (Vite with hot reload, `--dev`): the
 * dashboard and the sandbox API on one origin.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const settings = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(5173),
    HOST: z.string().min(1).default('127.0.0.1'),
    SANDBOX_DB: z
      .string()
      .min(1)
      .default(path.join(root, '.data', 'sandbox.sqlite')),
    // The sandbox's controls (demo sign-ins, reset, faults) answer this computer only
    // unless this is 1: see README, "Guarantees and how to check them".
    [REMOTE_ADMIN_ENV]: z.enum(['0', '1']).default('0'),
    // How other machines reach this server (http://laptop.local:5173): its host name is
    // answered (any other is refused, see trusted-hosts.ts) and the API's URLs use it.
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  })
  .parse(process.env)

const allowRemoteAdmin = settings[REMOTE_ADMIN_ENV] === '1'

const dev = process.argv.includes('--dev')

if (settings.SANDBOX_DB !== ':memory:') {
  mkdirSync(path.dirname(settings.SANDBOX_DB), { recursive: true })
}

async function viteDevMiddleware() {
  const { createServer } = await import('vite')
  const vite = await createServer({ root, server: { middlewareMode: true }, appType: 'spa' })
  return vite.middlewares
}

const running = await startAppServer({
  dbPath: settings.SANDBOX_DB,
  port: settings.PORT,
  host: settings.HOST,
  allowRemoteAdmin,
  allowedHosts: [
    ...hostsForListenAddress(settings.HOST),
    ...(settings.PUBLIC_URL === undefined ? [] : [new URL(settings.PUBLIC_URL).hostname]),
  ],
  ...(settings.PUBLIC_URL === undefined ? {} : { publicURL: settings.PUBLIC_URL }),
  ...(dev ? { viteMiddleware: await viteDevMiddleware() } : { staticDir: path.join(root, 'dist') }),
})

console.log(
  `Numbers Console ${dev ? '(dev) ' : ''}on ${running.url}  (sandbox data: ${settings.SANDBOX_DB})`,
)
if (!allowRemoteAdmin && !isLoopbackAddress(settings.HOST) && settings.HOST !== 'localhost') {
  console.log(
    `Other machines can open the app, but the sandbox's demo sign-ins, reset and faults answer this computer only; start with ${REMOTE_ADMIN_ENV}=1 to allow them (trusted networks only).`,
  )
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void running.close().then(() => process.exit(0))
  })
}
