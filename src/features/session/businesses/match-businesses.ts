import { normalizeSearchText } from '@/lib/search/match-number'

import { type Business } from '../api/session-schemas'

/** How many matches a picker shows at once; past that, typing more narrows it down. */
export const maxShownMatches = 50

export interface BusinessMatches {
  shown: Business[]
  /** Matches left out of `shown`. */
  more: number
}

/** Each business's name folded once (case, accents, spacing), for matching as the user types. */
export function indexBusinesses(businesses: readonly Business[]) {
  return businesses.map((business) => ({ business, key: normalizeSearchText(business.name) }))
}

export type BusinessIndex = ReturnType<typeof indexBusinesses>

/**
 * Businesses whose name (or, for digits, business ID) contains the query anywhere, ignoring case and accents ("cafe"
 * finds "Café Olé"), in their original order but with names that start with the query
 * first, so "lee" puts "Lee Solar" before "Ashlee Cleaning".
 */
export function matchBusinesses(
  index: BusinessIndex,
  query: string,
  limit = maxShownMatches,
): BusinessMatches {
  const text = normalizeSearchText(query)
  if (text === '') {
    return {
      shown: index.slice(0, limit).map((entry) => entry.business),
      more: Math.max(0, index.length - limit),
    }
  }
  const starts: Business[] = []
  const contains: Business[] = []
  // Digits may be part of a business ID too (staff look a business up by the ID a pro gives).
  const digits = /^\d+$/.test(text) ? text : null
  for (const { business, key } of index) {
    const at = key.indexOf(text)
    if (at === 0) starts.push(business)
    else if (at > 0 || (digits !== null && business.businessID.includes(digits))) {
      contains.push(business)
    }
  }
  const all = starts.concat(contains)
  return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) }
}
