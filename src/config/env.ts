import { z } from 'zod'

/**
 * Configuration is read once, here, and parsed: a typo in a deployment fails loudly with
 * the list of what is wrong instead of surfacing later as a confusing network error.
 *
 * VITE_API_BASE_URL is where `/v4/...` lives. The default, `/api`, is the sandbox on the
 * same origin (`npm start`). For Thumbtack itself the same build can instead be pointed at
 * `https://staging-api.thumbtack.com/api` or `https://api.thumbtack.com/api`, either at
 * build time with this variable or at sign-in with "Use an access token".
 */
const envSchema = z.object({
  VITE_API_BASE_URL: z
    .string()
    .trim()
    .min(1)
    .default('/api')
    .refine((value) => value.startsWith('/') || URL.canParse(value), {
      error: 'must be an absolute URL or a path on this origin',
    }),
  VITE_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(120_000).default(20_000),
})

function parseEnv(source: Record<string, unknown>) {
  const result = envSchema.safeParse(source)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`)
  }
  return {
    apiBaseUrl: result.data.VITE_API_BASE_URL.replace(/\/+$/, ''),
    requestTimeoutMs: result.data.VITE_REQUEST_TIMEOUT_MS,
  }
}

export const env = parseEnv(import.meta.env)
