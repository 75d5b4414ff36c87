import { type Business } from '../api/session-schemas'

import { idKeyOf, readBusinessQuery } from './business-query'

/** How many matches a picker shows at once; past that, typing more narrows it down. */
export const maxShownMatches = 50

/** Fewer characters than this of an ID match too many businesses to be worth it. */
const minIDPart = 3

export interface BusinessMatches {
  shown: Business[]
  /** Matches left out of `shown`. */
  more: number
}

/** A business with its name and ID folded for matching, each folded once when first read. */
class IndexedBusiness {
  #key: string | undefined
  #id: string | undefined
  constructor(readonly business: Business) {}
  get key(): string {
    return (this.#key ??= readBusinessQuery(this.business.name).name)
  }
  get id(): string {
    return (this.#id ??= idKeyOf(this.business.businessID))
  }
}

/**
 * Each business's name and ID folded once, for matching as the user types. Folded on the
 * first query, not here: the switcher indexes a support agent's 300 businesses as the page
 * boots, in a task Lighthouse counts as blocking, and the closed switcher matches nothing.
 */
export function indexBusinesses(businesses: readonly Business[]) {
  return businesses.map((business) => new IndexedBusiness(business))
}

export type BusinessIndex = ReturnType<typeof indexBusinesses>

/**
 * Businesses whose name contains the query anywhere, ignoring case and accents ("cafe" finds
 * "Café Olé"), or whose business ID contains it (staff look a business up by the ID a pro
 * reads out or pastes, whole or in part, digits or letters). In their original order, but a
 * whole ID first, then names that start with the query, so "lee" puts "Lee Solar" before
 * "Ashlee Cleaning", then other names, then the rest of the ID matches.
 */
export function matchBusinesses(
  index: BusinessIndex,
  query: string,
  limit = maxShownMatches,
): BusinessMatches {
  const { name, id } = readBusinessQuery(query)
  if (name === '') {
    return {
      shown: index.slice(0, limit).map((entry) => entry.business),
      more: Math.max(0, index.length - limit),
    }
  }
  const exact: Business[] = []
  const starts: Business[] = []
  const contains: Business[] = []
  const byID: Business[] = []
  const idPart = id !== null && id.length >= minIDPart ? id : null
  for (const entry of index) {
    const at = entry.key.indexOf(name)
    if (id !== null && entry.id === id) exact.push(entry.business)
    else if (at === 0) starts.push(entry.business)
    else if (at > 0) contains.push(entry.business)
    else if (idPart !== null && entry.id.includes(idPart)) byID.push(entry.business)
  }
  const all = exact.concat(starts, contains, byID)
  return { shown: all.slice(0, limit), more: Math.max(0, all.length - limit) }
}
