import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { isLoopbackAddress, REMOTE_ADMIN_ENV } from '../sandbox/loopback-only.ts'
import { hostsForListenAddress } from '../sandbox/trusted-hosts.ts'
import { startAppServer } from './app-server.ts'
import { closeOnSignals } from './listen.ts'
import { gatewaySettingsFrom } from './gateway/gateway-settings.ts'
import { appSettingsSchema, exitWithProblems, settingsOrExit } from './settings.ts'

/**
 * `npm start` (the built app) and `npm run dev` (Vite with hot reload, `--dev`): the
 * dashboard and the sandbox API on one origin.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

const settings = settingsOrExit(appSettingsSchema)
// Outside sandbox mode a missing or weak secret stops the start, with the whole list.
const gateway = gatewaySettingsFrom(settings)
if (!gateway.ok) exitWithProblems(gateway.problems)
const allowRemoteAdmin = settings[REMOTE_ADMIN_ENV]
const dev = process.argv.includes('--dev')

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
    ...(settings.PUBLIC_ORIGIN === undefined ? [] : [new URL(settings.PUBLIC_ORIGIN).hostname]),
  ],
  ...(settings.PUBLIC_ORIGIN === undefined ? {} : { publicURL: settings.PUBLIC_ORIGIN }),
  gateway: gateway.settings,
  devTokenSignIn: settings.DEV_TOKEN_SIGN_IN,
  serveSourceMaps: settings.SERVE_SOURCE_MAPS,
  ...(dev ? { viteMiddleware: await viteDevMiddleware() } : { staticDir: path.join(root, 'dist') }),
})

const where =
  gateway.settings.thumbtack === undefined
    ? `sandbox data: ${settings.SANDBOX_DB}`
    : `Thumbtack ${gateway.settings.mode}: ${gateway.settings.thumbtack.apiBase}`
console.log(`Numbers Console ${dev ? '(dev) ' : ''}on ${running.url}  (${where})`)
if (settings.DEV_TOKEN_SIGN_IN) {
  console.log(
    'DEV_TOKEN_SIGN_IN=1: demo sign-ins and pasted bearer tokens are on (developers only).',
  )
}
if (!allowRemoteAdmin && !isLoopbackAddress(settings.HOST) && settings.HOST !== 'localhost') {
  console.log(
    `Other machines can open the app, but the sandbox's demo sign-ins, reset and faults answer this computer only; start with ${REMOTE_ADMIN_ENV}=1 to allow them (trusted networks only).`,
  )
}

closeOnSignals(running, 'Numbers Console')
