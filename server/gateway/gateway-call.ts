import type { z } from 'zod'

import { CONTRACT_CALLS } from './allowlist'
import type { GatewayDeps } from './gateway-deps'

/**
 * A contract GET the gateway makes on its own behalf at sign-in (who is this, which
 * businesses), parsed with the given schema; undefined on any failure or unexpected shape.
 */
export async function gatewayGet<T extends z.ZodType>(
  deps: GatewayDeps,
  accessToken: string,
  name: 'self' | 'businesses',
  upstreamPath: string,
  schema: T,
  query = new URLSearchParams(),
): Promise<z.output<T> | undefined> {
  const call = CONTRACT_CALLS.find((c) => c.name === name)
  if (!call) return undefined
  const request = {
    call,
    upstreamPath,
    query,
    body: undefined,
    contentType: undefined,
    requestID: crypto.randomUUID(),
  }
  const result = await deps.send(request, accessToken)
  if (result.kind !== 'response' || !result.response.ok) {
    if (result.kind === 'response') await result.response.body?.cancel()
    return undefined
  }
  const parsed = schema.safeParse(await result.response.json().catch(() => null))
  return parsed.success ? parsed.data : undefined
}
