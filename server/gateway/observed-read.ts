import type { GatewayDeps } from './gateway-deps'
import type { UpstreamRequest, UpstreamResult } from './upstream'

// Only these answers tell the history something (business names, numbers' last state).
const observed = new Set(['businesses', 'list'])

/** Lets the history remember what Thumbtack just said, for the next write's "before". */
export async function observeRead(
  deps: GatewayDeps,
  grantID: string,
  request: UpstreamRequest,
  result: UpstreamResult,
): Promise<void> {
  if (result.kind !== 'response' || !observed.has(request.call.name)) return
  const { response } = result
  if (!response.ok) return
  const body = await response
    .clone()
    .text()
    .catch(() => '')
  deps.seen.observe(grantID, request.call.name, request.upstreamPath, response.status, body)
}
