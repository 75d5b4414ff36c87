import { createMiddleware } from 'hono/factory'
import type { FaultSettings } from './contract/sandbox-controls.ts'
import type { SandboxEnv } from './context.ts'
import { problem } from './problem.ts'

// Fault injection for the project's own tests. State lives in memory (a reset or a
// restart returns to the defaults) and applies to /api/ routes in this order: latency,
// then token expiry (the auth middleware), then the rate limit, then 5xx. The token*
// settings apply to the authorization server's /oauth2/token (oauth/token-faults.ts).

export const DEFAULT_FAULTS: FaultSettings = {
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  errorPhase: 'before',
  rateLimitPerMinute: 0,
  expireTokens: false,
  accessTokenTtlSeconds: 3600,
  tokenLatencyMs: 0,
  tokenErrorRate: 0,
  tokenErrorPhase: 'before',
}

const WINDOW_MS = 60_000

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function createFaults({ now, random }: { now: () => Date; random: () => number }) {
  let settings: FaultSettings = { ...DEFAULT_FAULTS }
  // Fixed one-minute windows per token, started by the token's first request.
  const windows = new Map<string, { start: number; count: number }>()

  const latency = createMiddleware(async (_c, next) => {
    const { latencyMs, latencyJitterMs } = settings
    const delay =
      latencyMs + (latencyJitterMs > 0 ? Math.floor(random() * (latencyJitterMs + 1)) : 0)
    if (delay > 0) await sleep(delay)
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

  // By default answers before the route handler runs, so an injected failure never
  // applies a write; errorPhase "after" lets the write happen and loses its answer.
  const serverErrors = createMiddleware(async (c, next) => {
    const inject = settings.errorRate > 0 && random() < settings.errorRate
    if (inject && settings.errorPhase === 'before') {
      const detail = 'The sandbox injected this failure (errorRate). Nothing was changed.'
      return problem(c, 'server-error', detail, { status: 503 })
    }
    await next()
    if (inject) {
      const detail =
        'The sandbox injected this failure after handling the request (errorPhase "after"): it may have changed data.'
      c.res = problem(c, 'server-error', detail, { status: 503 })
    }
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
