import { createMiddleware } from 'hono/factory'
import type { LoggedRequest } from './contract/sandbox-controls.ts'
import type { Caller, SandboxEnv } from './context.ts'

// A sandbox-only record of the recent /api/ and /oauth2/ requests and how each was answered, so tests
// can count what reached the server: "exactly one successful POST per added number",
// "nothing was sent after Undo". Kept in memory, newest last, cleared by /sandbox/reset.

export const REQUEST_LOG_CAPACITY = 5000
const MAX_NUMBERS_PER_ENTRY = 100
const MAX_SHOWN_LENGTH = 40

const shown = (value: string) =>
  value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH - 1)}…` : value

function numberOf(item: unknown): string[] {
  if (typeof item !== 'object' || item === null || !('phoneNumber' in item)) return []
  return typeof item.phoneNumber === 'string' ? [shown(item.phoneNumber)] : []
}

/** The numbers a body names, read leniently: hostile bodies are logged as carrying none. */
export function phoneNumbersIn(body: string): string[] {
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch {
    return []
  }
  if (typeof value === 'object' && value !== null && 'phoneNumbers' in value) {
    const items = value.phoneNumbers
    return Array.isArray(items) ? items.slice(0, MAX_NUMBERS_PER_ENTRY).flatMap(numberOf) : []
  }
  return numberOf(value)
}

/** The form's grant_type, shortened like the numbers; never any other (secret) field. */
function grantTypeIn(body: string): string | null {
  const value = new URLSearchParams(body).get('grant_type')
  return value === null ? null : shown(value)
}

export function createRequestLog({
  now,
  capacity = REQUEST_LOG_CAPACITY,
}: {
  now: () => Date
  capacity?: number
}) {
  let entries: LoggedRequest[] = []
  let seq = 0

  const middleware = createMiddleware<SandboxEnv>(async (c, next) => {
    const started = performance.now()
    await next()
    let phoneNumbers: string[] = []
    let grantType: string | null = null
    // A body refused for its size is never read: it may be any size at all.
    if ((c.req.method === 'POST' || c.req.method === 'PUT') && c.res.status !== 413) {
      // Hono caches the body a route has read; an unread one (a request refused before
      // its route ran) is read here, within the size limit. A broken one logs no numbers.
      const body = await c.req.text().catch(() => '')
      phoneNumbers = phoneNumbersIn(body)
      if (c.req.path === '/oauth2/token') grantType = grantTypeIn(body)
    }
    seq += 1
    entries.push({
      seq,
      time: now().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      // Unset when the request was refused before authentication finished.
      personaID: (c.var.caller as Caller | undefined)?.persona.id ?? null,
      phoneNumbers,
      grantType,
      durationMs: Math.round(performance.now() - started),
    })
    if (entries.length > capacity) entries = entries.slice(-capacity)
  })

  return {
    middleware,
    /** Entries with `seq` greater than `since`, oldest first. */
    list: (since = 0): LoggedRequest[] => entries.filter((entry) => entry.seq > since),
    clear() {
      entries = []
      seq = 0
    },
  }
}

export type RequestLog = ReturnType<typeof createRequestLog>
