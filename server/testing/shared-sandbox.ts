import { getRequestListener } from '@hono/node-server'
import { openSandbox } from '../app-server.ts'
import { parseGatewaySettings, type GatewaySettings } from '../gateway/gateway-settings.ts'
import { listen, type RunningServer } from '../listen.ts'

// One sandbox on its own port, as Thumbtack is to several gateway instances: for the
// two-instance browser test and the bench's gateway-against-direct comparison.

export async function startSandboxServer(dbPath = ':memory:'): Promise<RunningServer> {
  const sandbox = openSandbox({ dbPath, host: '127.0.0.1' })
  // Unread bodies are tidyUnreadBodies's job, not the adapter's (see http/unread-body.ts).
  const handle = getRequestListener(sandbox.app.fetch, { autoCleanupIncoming: false })
  return await listen(
    (req, res) => void handle(req, res),
    { port: 0, host: '127.0.0.1' },
    sandbox.close,
  )
}

/** Gateway settings in sandbox mode whose upstream is the sandbox at `sandboxUrl`. */
export function gatewayOn(
  sandboxUrl: string,
  env: Record<string, string | undefined> = {},
): GatewaySettings {
  const parsed = parseGatewaySettings({
    GATEWAY_SQLITE: ':memory:',
    ...env,
    THUMBTACK_AUTH_BASE: sandboxUrl,
    THUMBTACK_API_BASE: `${sandboxUrl}/api/`,
  })
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'))
  return parsed.settings
}
