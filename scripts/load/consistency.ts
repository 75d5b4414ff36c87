import BetterSqlite3 from 'better-sqlite3'

import { type Authorize, bearer, listSchema, type NumberRecord, numbersPath } from './api'
import { type Owned } from './workload'

// After the run: the server must hold exactly what the workload's answers said. Every
// create answered 201 is listed, with its last accepted values, removed only if the
// workload removed it; the seed is untouched; nothing else appeared; and no number is
// active twice in a business, asked of the API and of the SQLite file itself.

export interface Consistency {
  ok: boolean
  problems: string[]
  createdChecked: number
  seedChecked: number
  /** Active (business, number) pairs held twice, per the API and per SQL. */
  apiDuplicates: number
  sqlDuplicates: number
  journalMode: string
}

/** Each business's list, read with the credential `credentialFor` gives for it. */
export async function readLists(
  baseURL: string,
  credentialFor: (businessID: string) => string,
  businessIDs: readonly string[],
  authorize: Authorize = bearer,
) {
  const lists = new Map<string, NumberRecord[]>()
  for (const businessID of businessIDs) {
    const response = await fetch(baseURL + numbersPath(businessID), {
      headers: authorize(credentialFor(businessID)),
    })
    if (!response.ok) throw new Error(`list ${businessID}: ${response.status}`)
    lists.set(businessID, listSchema.parse(await response.json()).phoneNumbers)
  }
  return lists
}

function activeDuplicates(records: readonly NumberRecord[]): string[] {
  const seen = new Set<string>()
  const twice: string[] = []
  for (const record of records.filter((r) => !r.isDeleted)) {
    if (seen.has(record.phoneNumber)) twice.push(record.phoneNumber)
    seen.add(record.phoneNumber)
  }
  return twice
}

export function checkLists(
  before: ReadonlyMap<string, NumberRecord[]>,
  after: ReadonlyMap<string, NumberRecord[]>,
  owned: ReadonlyMap<string, Owned>,
) {
  const problems: string[] = []
  let apiDuplicates = 0
  let seedChecked = 0
  for (const [businessID, records] of after) {
    const byID = new Map(records.map((record) => [record.phoneNumberID, record]))
    const seed = new Map((before.get(businessID) ?? []).map((r) => [r.phoneNumberID, r]))
    for (const [id, original] of seed) {
      seedChecked += 1
      if (JSON.stringify(byID.get(id)) !== JSON.stringify(original))
        problems.push(`seed number ${id} of ${businessID} changed or vanished`)
    }
    for (const record of records) {
      if (!seed.has(record.phoneNumberID) && !owned.has(record.phoneNumberID))
        problems.push(`${record.phoneNumber} (${record.phoneNumberID}) appeared without a 201`)
    }
    for (const number of activeDuplicates(records)) {
      apiDuplicates += 1
      problems.push(`${number} is active twice in ${businessID} (API)`)
    }
  }
  for (const expected of owned.values()) {
    const actual = after
      .get(expected.businessID)
      ?.find((r) => r.phoneNumberID === expected.phoneNumberID)
    if (!actual) problems.push(`created ${expected.phoneNumberID} is not listed`)
    else if (
      actual.isDeleted !== expected.isDeleted ||
      actual.name !== expected.name ||
      actual.phoneNumber !== expected.phoneNumber
    )
      problems.push(
        `${expected.phoneNumberID}: expected ${JSON.stringify([expected.phoneNumber, expected.name, expected.isDeleted])}, listed ${JSON.stringify([actual.phoneNumber, actual.name, actual.isDeleted])}`,
      )
  }
  return { problems, apiDuplicates, seedChecked, createdChecked: owned.size }
}

/** Straight from the file, after the server has closed (and checkpointed) it. */
export function checkDatabase(dbPath: string, apiCounts: ReadonlyMap<string, number>) {
  const db = new BetterSqlite3(dbPath, { readonly: true, fileMustExist: true })
  try {
    const journalMode = String(db.pragma('journal_mode', { simple: true }))
    const duplicates = db
      .prepare<[], { business_id: string; phone_number: string; copies: number }>(
        `SELECT business_id, phone_number, COUNT(*) AS copies FROM phone_numbers
         WHERE is_deleted = 0 GROUP BY business_id, phone_number HAVING COUNT(*) > 1`,
      )
      .all()
    const problems = duplicates.map(
      (d) => `${d.phone_number} is active ${d.copies} times in ${d.business_id} (SQL)`,
    )
    const count = db.prepare<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM phone_numbers WHERE business_id = ?',
    )
    for (const [businessID, listed] of apiCounts) {
      const rows = count.get(businessID)?.n ?? 0
      if (rows !== listed) problems.push(`${businessID}: ${rows} rows in SQLite, ${listed} listed`)
    }
    return { journalMode, sqlDuplicates: duplicates.length, problems }
  } finally {
    db.close()
  }
}
