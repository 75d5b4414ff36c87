import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import type { SandboxEnv } from './context.ts'
import { problem } from './problem.ts'

// Fault injection for the project's own tests. State lives in memory (a reset or a
// restart returns to the defaults) and applies to /api/ routes only, in this order:
// latency, then token expiry (the auth middleware), then the rate limit, then 5xx.

export const faultSettingsSchema = z.strictObject({
  latencyMs: z.number().int().min(0).max(30_000),
  errorRate: z.number().min(0).max(1),
  /** Requests per token per minute; 0 turns the limit off. */
  rateLimitPerMinute: z.number().int().min(0).max(1_000_000),
  /** Setting true expires every token issued so far (see sandbox-admin.ts). */
  expireTokens: z.boolean(),
})

export const faultPatchSchema = faultSettingsSchema.partial()
export type FaultSettings = z.output<typeof faultSettingsSchema>

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  rateLimitPerMinute: 0,
  expireTokens: false,
}

const WINDOW_MS = 60_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createFaults({ now, random }: { now: () => Date; random: () => number }) {
  let settings: FaultSettings = { ...DEFAULT_FAULTS }
  // Fixed one-minute windows per token, started by the token's first request.
  const windows = new Map<string, { start: number; count: number }>()

  const latency = createMiddleware(async (_c, next) => {
    if (settings.latencyMs > 0) await sleep(settings.latencyMs)
    await next()
  })

  const rateLimit = createMiddleware<SandboxEnv>(async (c, next) => {
    const limit = settings.rateLimitPerMinute
    if (limit > 0) {
      const time = now().getTime()
      const { token } = c.var.caller
      const current = windows.get(token)
      const window =
        current && time - current.start < WINDOW_MS ? current : { start: time, count: 0 }
      windows.set(token, window)
      if (window.count >= limit) {
        const retryAfter = Math.max(1, Math.ceil((window.start + WINDOW_MS - time) / 1000))
        const detail = `This sign-in may make ${limit} requests a minute. Try again in ${retryAfter} s.`
        return problem(c, 'rate-limited', detail, {
          headers: { 'Retry-After': String(retryAfter) },
        })
      }
      window.count += 1
    }
    await next()
  })

  // Answers before the route handler runs, so an injected failure never applies a write.
  const serverErrors = createMiddleware(async (c, next) => {
    if (settings.errorRate > 0 && random() < settings.errorRate) {
      const detail = 'The sandbox injected this failure (errorRate). Nothing was changed.'
      return problem(c, 'server-error', detail, { status: 503 })
    }
    await next()
  })

  return {
    get: (): FaultSettings => ({ ...settings }),
    update(patch: Partial<FaultSettings>): FaultSettings {
      settings = { ...settings, ...patch }
      return { ...settings }
    },
    reset() {
      settings = { ...DEFAULT_FAULTS }
      windows.clear()
    },
    middleware: { latency, rateLimit, serverErrors },
  }
}

export type Faults = ReturnType<typeof createFaults>
