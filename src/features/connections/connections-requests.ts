import { z } from 'zod'

import { CSRF_HEADERS } from '@/lib/api/csrf-headers'

/** One connected business, as `GET /auth/connections` lists it. */
export const connectionSchema = z.object({
  businessID: z.string(),
  businessName: z.string(),
  connectedAt: z.string(),
  renewedAt: z.string(),
})
export type Connection = z.infer<typeof connectionSchema>

const connectionsSchema = z.object({ connections: z.array(connectionSchema) })

/** `DELETE /auth/connections[/{id}]`: what went, and whether this sign-in went with it. */
const disconnectedSchema = z.object({
  disconnected: z.array(connectionSchema),
  signedOut: z.boolean(),
})
export type Disconnected = z.infer<typeof disconnectedSchema>

const problemSchema = z.object({ detail: z.string() })

async function answer<T>(response: Response, schema: z.ZodType<T>, what: string): Promise<T> {
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const problem = problemSchema.safeParse(body)
    throw new Error(
      problem.success ? problem.data.detail : `Could not ${what} (${response.status}).`,
    )
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new Error(`Could not ${what}: the answer was not understood.`)
  return parsed.data
}

export async function fetchConnections({ signal }: { signal: AbortSignal }): Promise<Connection[]> {
  const response = await fetch('/auth/connections', {
    signal,
    headers: { Accept: 'application/json', ...CSRF_HEADERS },
    credentials: 'same-origin',
    cache: 'no-store',
  })
  return (await answer(response, connectionsSchema, 'list the connected businesses')).connections
}

/** One business, or every one of the pro's when `businessID` is undefined. */
export async function disconnect(businessID: string | undefined): Promise<Disconnected> {
  const path = businessID === undefined ? '' : `/${encodeURIComponent(businessID)}`
  const response = await fetch(`/auth/connections${path}`, {
    method: 'DELETE',
    headers: { Accept: 'application/json', ...CSRF_HEADERS },
    credentials: 'same-origin',
  })
  return answer(response, disconnectedSchema, 'disconnect')
}
