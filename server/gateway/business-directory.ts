import { randomUUID } from 'node:crypto'

import { businessesOf, type BusinessSummary } from '../audit/upstream-shapes'
import { CONTRACT_CALLS } from './allowlist'
import type { GatewayDeps } from './gateway-deps'

const businessesCall = CONTRACT_CALLS.find((c) => c.name === 'businesses')
// A pro has a handful of businesses; a page this size holds them all in the cases we know.
const PAGE = 100
const MAX_PAGES = 10

/**
 * The grant's businesses from GET /businesses, remembered for the history (names, and what
 * a pro may see); undefined when Thumbtack did not answer with a list.
 */
export async function fetchBusinesses(
  deps: GatewayDeps,
  grantID: string,
  accessToken: string,
): Promise<BusinessSummary[] | undefined> {
  if (!businessesCall) return undefined
  const all: BusinessSummary[] = []
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const query = new URLSearchParams({ limit: String(PAGE), offset: String(page * PAGE) })
    const request = {
      call: businessesCall,
      upstreamPath: 'v4/businesses',
      query,
      body: undefined,
      contentType: undefined,
      requestID: randomUUID(),
    }
    const result = await deps.send(request, accessToken)
    if (result.kind !== 'response' || !result.response.ok) {
      if (result.kind === 'response') await result.response.body?.cancel()
      return page === 0 ? undefined : all
    }
    const found = businessesOf(await result.response.json().catch(() => null))
    all.push(...found)
    if (found.length < PAGE) break
  }
  deps.seen.sawBusinesses(grantID, all)
  return all
}
