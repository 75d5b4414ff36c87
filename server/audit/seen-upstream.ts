import type { AuditNumberState } from './audit-entry'
import {
  businessesOf,
  jsonOf,
  numberRecordSchema,
  numberRecordsOf,
  stateOf,
  type BusinessSummary,
} from './upstream-shapes'

/**
 * What Thumbtack last told this gateway instance, per grant: the businesses of
 * GET /businesses and each business's numbers from its list and from write answers. It
 * supplies a write's "before" and a business's name with no extra call upstream (the SPA
 * lists a business before it edits one, so this is normally seconds old). Another
 * instance, or a restart, has not seen it: then "before" is null, never a guess.
 */
export interface SeenUpstream {
  /** Reads an answer that passed through the proxy. */
  observe(
    grantID: string,
    callName: string,
    upstreamPath: string,
    status: number,
    body: string,
  ): void
  sawBusinesses(grantID: string, businesses: BusinessSummary[]): void
  businesses(grantID: string): BusinessSummary[] | undefined
  businessName(grantID: string, businessID: string): string | null
  number(grantID: string, businessID: string, phoneNumberID: string): AuditNumberState | null
  /** After a write that worked, so the next write's "before" is this one's "after". */
  sawNumber(
    grantID: string,
    businessID: string,
    phoneNumberID: string,
    state: AuditNumberState,
  ): void
}

// Bounded: the least recently written (grant, business) lists go first.
const MAX_LISTS = 100
const MAX_GRANTS = 2_000
const businessPath = /^v4\/businesses\/(\d+)\/associate-phone-numbers$/

function bounded<V>(map: Map<string, V>, key: string, value: V, max: number): void {
  map.delete(key)
  map.set(key, value)
  if (map.size > max) {
    const oldest = map.keys().next().value
    if (oldest !== undefined) map.delete(oldest)
  }
}

export function createSeenUpstream(): SeenUpstream {
  const lists = new Map<string, Map<string, AuditNumberState>>()
  const businesses = new Map<string, BusinessSummary[]>()
  const listKey = (grantID: string, businessID: string) => `${grantID} ${businessID}`
  const listFor = (grantID: string, businessID: string) => {
    const key = listKey(grantID, businessID)
    const list = lists.get(key) ?? new Map<string, AuditNumberState>()
    bounded(lists, key, list, MAX_LISTS)
    return list
  }
  const seen: SeenUpstream = {
    observe(grantID, callName, upstreamPath, status, body) {
      if (status < 200 || status > 299) return
      if (callName === 'businesses') {
        const page = businessesOf(jsonOf(body))
        const known = businesses.get(grantID) ?? []
        const merged = new Map([...known, ...page].map((b) => [b.businessID, b]))
        seen.sawBusinesses(grantID, [...merged.values()])
        return
      }
      const businessID = businessPath.exec(upstreamPath)?.[1]
      if (callName !== 'list' || businessID === undefined) return
      const records = numberRecordsOf(jsonOf(body))
      const list = new Map(records.map((r) => [r.phoneNumberID, stateOf(r)]))
      bounded(lists, listKey(grantID, businessID), list, MAX_LISTS)
    },
    sawBusinesses(grantID, page) {
      bounded(businesses, grantID, page, MAX_GRANTS)
    },
    businesses: (grantID) => businesses.get(grantID),
    businessName: (grantID, businessID) =>
      businesses.get(grantID)?.find((b) => b.businessID === businessID)?.name ?? null,
    number: (grantID, businessID, phoneNumberID) =>
      lists.get(listKey(grantID, businessID))?.get(phoneNumberID) ?? null,
    sawNumber(grantID, businessID, phoneNumberID, state) {
      listFor(grantID, businessID).set(phoneNumberID, state)
    },
  }
  return seen
}

/** A write answer's record (create, update), leniently. */
export function recordOf(body: string) {
  const parsed = numberRecordSchema.safeParse(jsonOf(body))
  return parsed.success ? parsed.data : undefined
}
