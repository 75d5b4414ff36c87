import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { fileURLToPath } from 'node:url'

import { SANDBOX_CLIENT_ID, SANDBOX_CLIENT_SECRET } from '../../sandbox/oauth/client.ts'
import { gatewayEnvSchema, parseSettings, type GatewayEnv } from '../settings.ts'
import { staffSettingsFrom, type StaffSettings } from './staff-settings'
import { parseSessionKeys, type SessionKey } from './token-cipher'

// Beside the repo, not the working directory, like the sandbox's database.
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The gateway's part of the environment (server/settings.ts holds the one schema) turned
 * into settings. Outside sandbox mode every secret must be given, and the answer lists
 * everything missing at once rather than the first thing.
 */
const remote = {
  production: { auth: 'https://auth.thumbtack.com', api: 'https://api.thumbtack.com/api/' },
  staging: {
    auth: 'https://staging-auth.thumbtack.com',
    api: 'https://staging-api.thumbtack.com/api/',
  },
} as const

// The client the embedded sandbox registers by default (sandbox/oauth/client.ts); the app
// server passes these settings' client to createSandbox, so both sides always agree.
const SANDBOX_CLIENT = { id: SANDBOX_CLIENT_ID, secret: SANDBOX_CLIENT_SECRET } as const

export interface GatewaySettings {
  mode: 'sandbox' | 'staging' | 'production'
  client: { id: string; secret: string }
  /** Undefined in sandbox mode: the sandbox runs on the app's own origin. */
  thumbtack?: { authBase: string; apiBase: string }
  publicOrigin?: string
  sessionKeys: SessionKey[]
  /** True when the keys were made up at start (sandbox only): sessions end on restart. */
  ephemeralKeys: boolean
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }
  sessionIdleSeconds: number
  sessionAbsoluteSeconds: number
  /** Undefined: no staff sign-in (outside sandbox mode until STAFF_OIDC_* are set). */
  staff?: StaffSettings
}

export type GatewaySettingsResult =
  { ok: true; settings: GatewaySettings } | { ok: false; problems: string[] }

/** From the raw environment: the schema's own messages first, then what the mode needs. */
export function parseGatewaySettings(
  env: Record<string, string | undefined>,
  root = repoRoot,
): GatewaySettingsResult {
  const parsed = parseSettings(gatewayEnvSchema, env)
  return parsed.ok ? gatewaySettingsFrom(parsed.settings, root) : parsed
}

export function gatewaySettingsFrom(e: GatewayEnv, root = repoRoot): GatewaySettingsResult {
  const sandbox = e.THUMBTACK_ENV === 'sandbox'
  const problems: string[] = []
  const need = (value: string | undefined, name: string, why: string) => {
    if (value === undefined && !sandbox) problems.push(`${name} is missing: ${why}`)
  }
  need(e.THUMBTACK_CLIENT_ID, 'THUMBTACK_CLIENT_ID', 'the client ID Thumbtack issued.')
  need(e.THUMBTACK_CLIENT_SECRET, 'THUMBTACK_CLIENT_SECRET', 'the client secret Thumbtack issued.')
  need(
    e.PUBLIC_ORIGIN,
    'PUBLIC_ORIGIN',
    'the https origin people open, e.g. https://console.example.com.',
  )
  need(e.SESSION_KEYS, 'SESSION_KEYS', 'kid:base64key[,…], each key 32 random bytes.')
  if (e.PUBLIC_ORIGIN !== undefined && !sandbox && !e.PUBLIC_ORIGIN.startsWith('https://')) {
    problems.push('PUBLIC_ORIGIN must be https outside sandbox mode (the cookies are Secure).')
  }
  const keys = e.SESSION_KEYS === undefined ? undefined : parseSessionKeys(e.SESSION_KEYS)
  problems.push(...(keys?.problems ?? []))
  if (e.SESSION_ABSOLUTE_HOURS * 60 < e.SESSION_IDLE_MINUTES) {
    problems.push('SESSION_ABSOLUTE_HOURS must be at least SESSION_IDLE_MINUTES.')
  }
  const staff = staffSettingsFrom(e)
  problems.push(...staff.problems)
  if (problems.length > 0) return { ok: false, problems }

  const defaults = e.THUMBTACK_ENV === 'sandbox' ? undefined : remote[e.THUMBTACK_ENV]
  const authBase = e.THUMBTACK_AUTH_BASE ?? defaults?.auth
  const apiBase = e.THUMBTACK_API_BASE ?? defaults?.api
  const sessionKeys = keys?.keys ?? [{ kid: 'ephemeral', key: randomBytes(32) }]
  return {
    ok: true,
    settings: {
      mode: e.THUMBTACK_ENV,
      client: {
        id: e.THUMBTACK_CLIENT_ID ?? SANDBOX_CLIENT.id,
        secret: e.THUMBTACK_CLIENT_SECRET ?? SANDBOX_CLIENT.secret,
      },
      ...(authBase && apiBase ? { thumbtack: { authBase, apiBase } } : {}),
      ...(e.PUBLIC_ORIGIN ? { publicOrigin: new URL(e.PUBLIC_ORIGIN).origin } : {}),
      sessionKeys,
      ephemeralKeys: keys === undefined,
      database: e.DATABASE_URL
        ? { kind: 'postgres', url: e.DATABASE_URL }
        : { kind: 'sqlite', file: e.GATEWAY_SQLITE ?? path.join(root, '.data', 'gateway.sqlite') },
      sessionIdleSeconds: e.SESSION_IDLE_MINUTES * 60,
      sessionAbsoluteSeconds: e.SESSION_ABSOLUTE_HOURS * 3600,
      ...(staff.staff ? { staff: staff.staff } : {}),
    },
  }
}
