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
  [REMOTE_ADMIN_ENV]: z
    .enum(['0', '1'], { error: 'Must be 0 or 1.' })
    .default('0')
    .transform((value) => value === '1'),
  // The built app's source maps hold its full source: served only when asked (README).
  SERVE_SOURCE_MAPS: z
    .enum(['0', '1'], { error: 'Must be 0 or 1.' })
    .default('0')
    .transform((value) => value === '1'),
})

/** `npm start`, `npm run dev`, `npm run preview`: the app and the sandbox on one origin. */
export const appSettingsSchema = settingsSchema.pick({
  PORT: true,
  HOST: true,
  SANDBOX_DB: true,
  [REMOTE_ADMIN_ENV]: true,
  SERVE_SOURCE_MAPS: true,
})

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
  console.error(['Cannot start: fix these environment variables.', ...result.problems].join('\n  '))
  process.exit(1)
}
