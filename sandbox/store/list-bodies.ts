import type { Database } from 'better-sqlite3'
import type { PhoneNumberRecord } from '../contract/phone-numbers.ts'

// A 20,000-number list is 5 MB of JSON: reading and serializing it in one go blocked the
// server for ~270 ms, so ten concurrent reads held a one-row request for seconds. Here the
// answer is built once per change, a page of rows per turn of the event loop, and reused
// by every read until the next write to that business.

const PAGE_ROWS = 1000

/** A stored row as SQLite gives it (isDeleted 0 or 1), with its rowid to page on. */
type PageRow = Omit<PhoneNumberRecord, 'isDeleted'> & { isDeleted: number; rowid: number }

const PAGE_SQL = `SELECT rowid, id AS phoneNumberID, business_id AS businessID,
  phone_number AS phoneNumber, created_time AS createdTime, updated_time AS updatedTime,
  last_activity_time AS lastActivityTime, is_deleted AS isDeleted, name
  FROM phone_numbers WHERE business_id = ? AND rowid > ? ORDER BY rowid LIMIT ?`

/** One record as the API shows it, fields in the contract's order. */
const recordJson = (row: PageRow) =>
  JSON.stringify({
    phoneNumberID: row.phoneNumberID,
    businessID: row.businessID,
    phoneNumber: row.phoneNumber,
    createdTime: row.createdTime,
    updatedTime: row.updatedTime,
    lastActivityTime: row.lastActivityTime,
    isDeleted: row.isDeleted === 1,
    name: row.name,
  })

const encoder = new TextEncoder()
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

export function listBodies(db: Database) {
  const page = db.prepare<[string, number, number], PageRow>(PAGE_SQL)
  // Versions only grow: a business's is the clock at its last write, or at the last reset.
  let clock = 0
  let resetAt = 0
  const written = new Map<string, number>()
  const versionOf = (businessID: string) => Math.max(written.get(businessID) ?? 0, resetAt)
  const cache = new Map<string, { version: number; body: Promise<Uint8Array<ArrayBuffer>> }>()

  /** Every row from `after` on, in one statement: consistent, but blocking. */
  const restAfter = (businessID: string, after: number) =>
    page.all(businessID, after, Number.MAX_SAFE_INTEGER).map(recordJson)

  async function build(businessID: string, version: number): Promise<Uint8Array<ArrayBuffer>> {
    let parts: string[] = []
    let after = 0
    for (;;) {
      const rows = page.all(businessID, after, PAGE_ROWS)
      parts.push(...rows.map(recordJson))
      const last = rows.at(-1)
      if (rows.length < PAGE_ROWS || last === undefined) break
      after = last.rowid
      await nextTurn()
      // A write between pages would mix two states (a number both removed and re-added
      // as active): read it all again at once instead.
      if (versionOf(businessID) !== version) {
        parts = restAfter(businessID, 0)
        break
      }
    }
    return encoder.encode(`{"phoneNumbers":[${parts.join(',')}]}`)
  }

  return {
    /** The JSON body of GET …/associate-phone-numbers for the business as it is now. */
    body: (businessID: string): Promise<Uint8Array<ArrayBuffer>> => {
      const version = versionOf(businessID)
      const cached = cache.get(businessID)
      if (cached?.version === version) return cached.body
      const body = build(businessID, version)
      cache.set(businessID, { version, body })
      // A failed build (storage gone) is not kept: the next read tries again.
      body.catch(() => {
        if (cache.get(businessID)?.body === body) cache.delete(businessID)
      })
      return body
    },
    /** Call on every write to a business's numbers, whether or not it succeeded. */
    changed: (businessID: string) => {
      written.set(businessID, ++clock)
    },
    /** Call when every business's numbers may have changed (a reset to the seed). */
    changedAll: () => {
      resetAt = ++clock
      written.clear()
      cache.clear()
    },
  }
}

export type ListBodies = ReturnType<typeof listBodies>
