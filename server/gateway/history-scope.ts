import type { BusinessSummary } from '../audit/upstream-shapes'
import type { SessionRecord } from '../store/gateway-store'
import { fetchBusinesses } from './business-directory'
import type { GatewayDeps } from './gateway-deps'

/** Whose history the caller may read: all (staff), or these businesses (a pro). */
export type HistoryScope = { kind: 'all' } | { kind: 'businesses'; businesses: BusinessSummary[] }

/**
 * A pro reads the history of the businesses Thumbtack lists for their sign-in, as this
 * instance last saw them, else asked afresh. Staff see every business (issue 10 part 2
 * narrows that to connected ones). Undefined when Thumbtack did not say.
 */
export async function historyScope(
  deps: GatewayDeps,
  session: SessionRecord,
): Promise<HistoryScope | undefined> {
  if (session.subjectKind === 'staff') return { kind: 'all' }
  if (session.grantID === null) return { kind: 'businesses', businesses: [] }
  const known = deps.seen.businesses(session.grantID)
  if (known) return { kind: 'businesses', businesses: known }
  const { accessToken } = await deps.refresher.accessFor(session.grantID)
  const fetched = await fetchBusinesses(deps, session.grantID, accessToken)
  return fetched ? { kind: 'businesses', businesses: fetched } : undefined
}
