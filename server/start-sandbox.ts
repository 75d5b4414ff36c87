import { getRequestListener } from '@hono/node-server'
import { REMOTE_ADMIN_ENV } from '../sandbox/loopback-only.ts'
import { openSandbox } from './app-server.ts'
import { closeOnSignals, listen } from './listen.ts'
import { sandboxSettingsSchema, settingsOrExit } from './settings.ts'

// `npm run sandbox`: the sandbox API alone, for the client's contract tests and for
// poking at it with curl. `npm start` / `npm run dev` serve it beside the app instead.

const settings = settingsOrExit(sandboxSettingsSchema)

// Known once listening; the sandbox asks for it per request.
const own: { url?: string } = {}
const sandbox = openSandbox({
  dbPath: settings.SANDBOX_DB,
  host: '127.0.0.1',
  publicURL: () => own.url,
  // Only matters behind a proxy or port forward: this server listens on 127.0.0.1.
  allowRemoteAdmin: settings[REMOTE_ADMIN_ENV],
})
// Unread bodies are tidyUnreadBodies's job, not the adapter's (see http/unread-body.ts).
const handle = getRequestListener(sandbox.app.fetch, { autoCleanupIncoming: false })
const running = await listen(
  (req, res) => void handle(req, res),
  { port: settings.SANDBOX_PORT, host: '127.0.0.1' },
  // Closing the database checkpoints the WAL, so the file is whole for the next start.
  sandbox.close,
)
own.url = running.url
console.log(`Sandbox API on ${running.url}  (data: ${settings.SANDBOX_DB})`)
console.log(`Sign-ins: curl -s ${running.url}/sandbox/personas`)

closeOnSignals(running, 'the sandbox')
