import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { z } from 'zod'

import { parseSessionKeys, type SessionKey } from './token-cipher'

/**
 * The gateway's part of the environment, read once. Outside sandbox mode every secret must
 * be given, and the answer lists everything missing at once rather than the first thing.
 */
const envSchema = z.object({
  THUMBTACK_ENV: z.enum(['sandbox', 'staging', 'production']).default('sandbox'),
  THUMBTACK_CLIENT_ID: z.string().trim().min(1).optional(),
  THUMBTACK_CLIENT_SECRET: z.string().min(1).optional(),
  THUMBTACK_AUTH_BASE: z.url().optional(),
  THUMBTACK_API_BASE: z.url().optional(),
  PUBLIC_ORIGIN: z.url().optional(),
  SESSION_KEYS: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  GATEWAY_SQLITE: z.string().min(1).optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 60),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .positive()
    .default(7 * 24),
})

const remote = {
  production: { auth: 'https://auth.thumbtack.com', api: 'https://api.thumbtack.com/api/' },
  staging: {
    auth: 'https://staging-auth.thumbtack.com',
    api: 'https://staging-api.thumbtack.com/api/',
  },
} as const

// The sandbox's registered client (sandbox/ owns the other side); never valid elsewhere.
export const SANDBOX_CLIENT = { id: 'numbers-console', secret: 'sandbox-secret' } as const

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
}

export type GatewaySettingsResult =
  { ok: true; settings: GatewaySettings } | { ok: false; problems: string[] }

export function parseGatewaySettings(
  env: Record<string, string | undefined>,
  root = process.cwd(),
): GatewaySettingsResult {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`),
    }
  }
  const e = parsed.data
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
    },
  }
}
