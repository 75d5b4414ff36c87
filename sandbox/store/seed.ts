import type { Database } from 'better-sqlite3'
import { NAMED_BUSINESSES, PERSONAS, type NamedBusinessKey } from '../personas.ts'
import { mulberry32, randomInt } from './prng.ts'
import { businessName, metroNumberName, smallNumberName } from './seed-data.ts'
import { unique, uniqueID, usNumber } from './seed-data.ts'
import { toRfc3339 } from './time.ts'

/** Seed times are relative to this fixed instant, never the wall clock, so they are stable. */
export const SEED_EPOCH = Date.UTC(2026, 9, 1, 12, 0, 0)
export const DEFAULT_METRO_NUMBERS = 2500
export const MAX_METRO_NUMBERS = 20000
export const SMALL_BUSINESS_COUNT = 300
/**
 * Businesses a reset may add on top, for a support agent who looks among a thousand: up to
 * 1,000 in all, one page of `GET /businesses` at its largest limit (what the app asks for).
 */
export const MAX_EXTRA_BUSINESSES = 1000 - 4 - SMALL_BUSINESS_COUNT

const DAY = 86_400_000
const at = (ms: number) => toRfc3339(new Date(Math.floor(ms / 1000) * 1000))
const daysAgo = (days: number) => at(SEED_EPOCH - days * DAY)

interface SeedNumber {
  businessID: string
  phoneNumber: string
  name: string
  created: string
  updated: string
  lastActivity: string
  deleted: boolean
}

// [number, name, created days ago, last activity days ago, removed days ago]
type Fixed = [string, string, number, number, number?]
const FIXED_NUMBERS: Record<Exclude<NamedBusinessKey, 'metroHvac'>, Fixed[]> = {
  riveraPlumbing: [
    ['+14155550199', 'Old shop line', 700, 400, 380],
    ['+14155552671', 'Pat Rivera – mobile', 610, 0.2],
    ['+14155550142', 'Office line', 540, 3],
    ['+16505550187', 'Dispatch – Maria Gomez', 300, 12],
    ['+15105550123', 'Van 2 – Luis Ortega', 120, 45],
  ],
  leeElectric: [
    ['+16025550114', 'Morgan Lee – mobile', 420, 1],
    ['+14805550176', 'Office', 400, 6],
    ['+16025550163', 'Crew lead – Dana Brooks', 90, 90],
  ],
  leeSolar: [
    ['+14805550139', 'Solar sales – Kai Morales', 200, 2],
    ['+14805550101', 'Trade show line', 180, 170, 160],
    ['+16025550188', 'Install crew', 150, 20],
  ],
}

/** Created within two years of the epoch; activity and edits fall after creation. */
function generatedNumber(random: () => number, businessID: string, phoneNumber: string) {
  const created = SEED_EPOCH - randomInt(random, 1, 730 * 24) * 3_600_000
  const between = (from: number) => from + Math.floor(random() * (SEED_EPOCH - from))
  const lastActivity = random() < 0.1 ? created : between(created)
  const deleted = random() < 0.05
  const updated = deleted ? between(lastActivity) : between(created)
  return { businessID, phoneNumber, created, updated, lastActivity, deleted }
}

function buildSeed(metroHvacNumbers: number, extraBusinesses: number) {
  const ids = new Set<string>(Object.values(NAMED_BUSINESSES).map((b) => b.id))
  const businesses: { id: string; name: string }[] = Object.values(NAMED_BUSINESSES)
  const numbers: SeedNumber[] = []
  const fixed = mulberry32(20260301)
  for (const key of ['riveraPlumbing', 'leeElectric', 'leeSolar'] as const) {
    const businessID = NAMED_BUSINESSES[key].id
    for (const [phoneNumber, name, created, active, removed] of FIXED_NUMBERS[key]) {
      const updated = removed ?? Math.min(created, active + randomInt(fixed, 0, 30))
      const base = { businessID, phoneNumber, name, created: daysAgo(created) }
      numbers.push({
        ...base,
        updated: daysAgo(updated),
        lastActivity: daysAgo(active),
        deleted: removed !== undefined,
      })
    }
  }
  // Separate streams: changing Metro's size must not move any other generated row.
  const small = mulberry32(7041)
  const names = new Set<string>(businesses.map((b) => b.name))
  for (let i = 0; i < SMALL_BUSINESS_COUNT; i++) {
    const business = { id: uniqueID(ids, small), name: unique(names, () => businessName(small)) }
    businesses.push(business)
    const taken = new Set<string>()
    const count = randomInt(small, 0, 4)
    const rows = Array.from({ length: count }, () => {
      const generated = generatedNumber(
        small,
        business.id,
        unique(taken, () => usNumber(small)),
      )
      return { ...generated, name: smallNumberName(small) }
    })
    numbers.push(...sortedRows(rows))
  }
  const metro = mulberry32(9113)
  const taken = new Set<string>()
  const metroRows = Array.from({ length: metroHvacNumbers }, (_, index) => {
    const phoneNumber = unique(taken, () => usNumber(metro))
    const generated = generatedNumber(metro, NAMED_BUSINESSES.metroHvac.id, phoneNumber)
    return { ...generated, name: metroNumberName(metro, index) }
  })
  numbers.push(...sortedRows(metroRows))
  const numberIDs = numbers.map(() => uniqueID(ids, fixed))
  // Last, from a stream of their own and without numbers: adding them moves nothing above.
  const extra = mulberry32(5150)
  for (let i = 0; i < extraBusinesses; i++) {
    businesses.push({ id: uniqueID(ids, extra), name: unique(names, () => businessName(extra)) })
  }
  return { businesses, numbers, numberIDs }
}

/** Insertion order is the list order, so insert each business's rows oldest first. */
function sortedRows(rows: (ReturnType<typeof generatedNumber> & { name: string })[]) {
  return rows
    .sort((a, b) => a.created - b.created)
    .map((row) => ({
      ...row,
      created: at(row.created),
      updated: at(row.updated),
      lastActivity: at(row.lastActivity),
    }))
}

/**
 * Replaces all business data with the seed in one transaction; tokens are kept. Metro HVAC
 * may be resized, and `extraBusinesses` empty businesses added (a support agent's thousand).
 */
export function seed(
  db: Database,
  metroHvacNumbers = DEFAULT_METRO_NUMBERS,
  extraBusinesses = 0,
): void {
  const { businesses, numbers, numberIDs } = buildSeed(metroHvacNumbers, extraBusinesses)
  const persona = db.prepare('INSERT OR IGNORE INTO personas (id) VALUES (?)')
  const business = db.prepare('INSERT INTO businesses (id, name) VALUES (?, ?)')
  const link = db.prepare('INSERT INTO persona_businesses (persona_id, business_id) VALUES (?, ?)')
  const number = db.prepare(
    `INSERT INTO phone_numbers (id, business_id, phone_number, name, created_time, updated_time,
     last_activity_time, is_deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  db.transaction(() => {
    db.exec('DELETE FROM phone_numbers; DELETE FROM persona_businesses; DELETE FROM businesses;')
    for (const p of PERSONAS) persona.run(p.id)
    for (const b of businesses) business.run(b.id, b.name)
    for (const p of PERSONAS)
      for (const key of p.businesses) link.run(p.id, NAMED_BUSINESSES[key].id)
    numbers.forEach((n, i) => {
      const values = [n.businessID, n.phoneNumber, n.name, n.created, n.updated, n.lastActivity]
      number.run(numberIDs[i], ...values, n.deleted ? 1 : 0)
    })
  })()
}

export const seedIsNeeded = (db: Database) =>
  db.prepare('SELECT 1 FROM businesses LIMIT 1').get() === undefined
