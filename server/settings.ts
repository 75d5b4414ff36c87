import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { REMOTE_ADMIN_ENV } from '../sandbox/loopback-only.ts'

// Every environment variable the servers read, in one schema: each entry point picks the
// ones it uses (`pick`), so a typo in a variable it ignores cannot stop it.

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'Must be a port number from 0 to 65535.' })
    .int('Must be a port number from 0 to 65535.')
    .min(0, 'Must be a port number from 0 to 65535.')
    .max(65535, 'Must be a port number from 0 to 65535.')
    .default(fallback)

const switchOf = (fallback: '0' | '1') =>
  z
    .enum(['0', '1'], { error: 'Must be 0 or 1.' })
    .default(fallback)
    .transform((value) => value === '1')

const wholeNumber = (fallback: number) =>
  z.coerce
    .number({ error: 'Must be a whole number above 0.' })
    .int('Must be a whole number above 0.')
    .positive('Must be a whole number above 0.')
    .default(fallback)

export const settingsSchema = z.object({
  /** The app server's port (`npm start`, `npm run dev`, `npm run preview`). */
  PORT: port(5173),
  HOST: z.string().min(1, 'Must be a host name or address, e.g. 127.0.0.1.').default('127.0.0.1'),
  /** The port of the sandbox alone (`npm run sandbox`); it always listens on 127.0.0.1. */
  SANDBOX_PORT: port(8787),
  // Beside the repo, not the working directory, so every way of starting finds one file.
  SANDBOX_DB: z
    .string()
    .min(1, 'Must be a file path, or :memory: for a throwaway database.')
    .default(fileURLToPath(new URL('../.data/sandbox.sqlite', import.meta.url))),
  // The sandbox's controls (demo sign-ins, reset, faults) answer this computer only
  // unless this is 1: see README, "Guarantees and how to check them".
  [REMOTE_ADMIN_ENV]: switchOf('0'),
  /**
   * Developer option: the sign-in page offers the sandbox's demo people and a pasted
   * bearer token, which the gateway forwards when no session cookie is sent. Off unless 1.
   */
  DEV_TOKEN_SIGN_IN: switchOf('0'),
  // The built app's source maps hold its full source: served only when asked (README).
  SERVE_SOURCE_MAPS: switchOf('0'),
  // The sign-in gateway (server/gateway/gateway-settings.ts checks what each mode needs).
  THUMBTACK_ENV: z
    .enum(['sandbox', 'staging', 'production'], {
      error: 'Must be sandbox, staging or production.',
    })
    .default('sandbox'),
  THUMBTACK_CLIENT_ID: z.string().trim().min(1, 'Must not be empty.').optional(),
  THUMBTACK_CLIENT_SECRET: z.string().min(1, 'Must not be empty.').optional(),
  /** Overrides the mode's hosts; in sandbox mode they point at a sandbox run elsewhere. */
  THUMBTACK_AUTH_BASE: z
    .url({ error: 'Must be a URL, e.g. https://auth.thumbtack.com.' })
    .optional(),
  THUMBTACK_API_BASE: z
    .url({ error: 'Must be a URL ending in /api/.' })
    .refine((u) => u.endsWith('/api/'), 'Must be a URL ending in /api/.')
    .optional(),
  // Where browsers reach this server (https://console.example.com): the gateway's redirect
  // URI and CSRF origin, the only host name besides loopback the sandbox answers (see
  // sandbox/trusted-hosts.ts), and the base of the URLs the API hands out.
  PUBLIC_ORIGIN: z
    .url({ protocol: /^https?$/, error: 'Must be an origin, e.g. https://console.example.com.' })
    .optional(),
  SESSION_KEYS: z.string().min(1, 'Must be kid:base64key[,…].').optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'Must be a postgres:// URL.')
    .optional(),
  GATEWAY_SQLITE: z.string().min(1, 'Must be a file path, or :memory:.').optional(),
  SESSION_IDLE_MINUTES: wholeNumber(8 * 60),
  SESSION_ABSOLUTE_HOURS: wholeNumber(7 * 24),
  // Staff sign-in: the company's own OpenID Connect provider (README, "Deploying"). In
  // sandbox mode all default to the sandbox's /staff-idp; elsewhere staff sign-in is off
  // until the issuer, client ID and secret are all given.
  STAFF_OIDC_ISSUER: z
    .url({
      protocol: /^https?$/,
      error: 'Must be the provider’s issuer URL, e.g. https://id.example.com.',
    })
    .optional(),
  STAFF_OIDC_CLIENT_ID: z.string().trim().min(1, 'Must not be empty.').optional(),
  STAFF_OIDC_CLIENT_SECRET: z.string().min(1, 'Must not be empty.').optional(),
  /** The ID token claim holding support or viewer; a row in the gateway_staff table wins. */
  STAFF_ROLE_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:./-]{1,100}$/, 'Must be a claim name, e.g. numbers_console_role.')
    .default('numbers_console_role'),
})

/** What the gateway reads (gatewaySettingsFrom turns it into GatewaySettings). */
export const gatewayEnvSchema = settingsSchema.pick({
  THUMBTACK_ENV: true,
  THUMBTACK_CLIENT_ID: true,
  THUMBTACK_CLIENT_SECRET: true,
  THUMBTACK_AUTH_BASE: true,
  THUMBTACK_API_BASE: true,
  PUBLIC_ORIGIN: true,
  SESSION_KEYS: true,
  DATABASE_URL: true,
  GATEWAY_SQLITE: true,
  SESSION_IDLE_MINUTES: true,
  SESSION_ABSOLUTE_HOURS: true,
  STAFF_OIDC_ISSUER: true,
  STAFF_OIDC_CLIENT_ID: true,
  STAFF_OIDC_CLIENT_SECRET: true,
  STAFF_ROLE_CLAIM: true,
})
export type GatewayEnv = z.output<typeof gatewayEnvSchema>

/** `npm start`, `npm run dev`, `npm run preview`: the app, its gateway and the sandbox. */
export const appSettingsSchema = settingsSchema
  .pick({
    PORT: true,
    HOST: true,
    SANDBOX_DB: true,
    [REMOTE_ADMIN_ENV]: true,
    DEV_TOKEN_SIGN_IN: true,
    SERVE_SOURCE_MAPS: true,
  })
  .extend(gatewayEnvSchema.shape)

/** `npm run sandbox`: the sandbox API alone. */
export const sandboxSettingsSchema = settingsSchema.pick({
  SANDBOX_PORT: true,
  SANDBOX_DB: true,
  [REMOTE_ADMIN_ENV]: true,
})

export type SettingsResult<T> = { ok: true; settings: T } | { ok: false; problems: string[] }

const shown = (value: unknown) => {
  const text = JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 39)}…` : text
}

/** The settings, or one line per wrong variable naming it, what it must be, and what it is. */
export function parseSettings<T extends z.ZodObject>(
  schema: T,
  env: Record<string, string | undefined>,
): SettingsResult<z.output<T>> {
  const result = schema.safeParse(env)
  if (result.success) return { ok: true, settings: result.data }
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.map(String).join('.')
    return `${name}: ${issue.message} (it is ${shown(env[name])})`
  })
  return { ok: false, problems }
}

/** For entry points: the settings, or the list of what is wrong on stderr and exit code 1. */
export function settingsOrExit<T extends z.ZodObject>(schema: T): z.output<T> {
  const result = parseSettings(schema, process.env)
  if (result.ok) return result.settings
  return exitWithProblems(result.problems)
}

/** The list of what is wrong on stderr, no stack trace, and exit code 1. */
export function exitWithProblems(problems: readonly string[]): never {
  console.error(['Cannot start: fix these environment variables.', ...problems].join('\n  '))
  process.exit(1)
}
