import { type Business } from '../api/session-schemas'

import { readBusinessQuery } from './business-query'
import { type BusinessIndex, matchBusinesses, maxShownMatches } from './match-businesses'

/** A run of options under one heading; no heading when the list is not grouped. */
export interface BusinessSection {
  label: string | null
  businesses: Business[]
}

export interface BusinessOptions {
  sections: BusinessSection[]
  /** Every option shown, in order: what the arrow keys move through. */
  shown: Business[]
  /** Matches left out of `shown`. */
  more: number
}

/**
 * What the finder lists: for a query, its matches; with nothing typed, the businesses the
 * user opened last under "Recent" (they are usually the next ones wanted), then the others.
 * A recent business no longer reachable (disconnected, access taken away) is left out.
 */
export function businessOptions(
  index: BusinessIndex,
  query: string,
  recentIDs: readonly string[],
  limit = maxShownMatches,
): BusinessOptions {
  const typed = readBusinessQuery(query).name !== ''
  const byID = new Map(index.map((entry) => [entry.business.businessID, entry.business]))
  const recent = typed
    ? []
    : recentIDs.flatMap((id) => byID.get(id) ?? []).slice(0, Math.max(0, limit))
  if (recent.length === 0) {
    const { shown, more } = matchBusinesses(index, query, limit)
    return { sections: [{ label: null, businesses: shown }], shown, more }
  }
  const isRecent = new Set(recent)
  const others: Business[] = []
  for (const { business } of index) {
    if (others.length >= limit - recent.length) break
    if (!isRecent.has(business)) others.push(business)
  }
  const sections = [{ label: 'Recent', businesses: recent }]
  if (others.length > 0) sections.push({ label: 'All businesses', businesses: others })
  return {
    sections,
    shown: recent.concat(others),
    more: index.length - recent.length - others.length,
  }
}
