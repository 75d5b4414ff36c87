import { afterEach, describe, expect, it } from 'vitest'
import { createSandbox } from '../app.ts'
import { NAMED_BUSINESSES, PERSONAS } from '../personas.ts'
import { nameProblem } from '../../src/lib/rules/name-rule.ts'
import { phoneNumberProblem } from '../schemas.ts'
import { MAX_EXTRA_BUSINESSES, SEED_EPOCH, SMALL_BUSINESS_COUNT } from './seed.ts'

const opened: { close: () => void }[] = []
afterEach(() => opened.splice(0).forEach((sandbox) => sandbox.close()))

function fresh() {
  const sandbox = createSandbox({ dbPath: ':memory:' })
  opened.push(sandbox)
  return sandbox.store
}

const support = { personaID: 'sam-ortiz', role: 'support' } as const

/** Everything a client could see, as one comparable value. */
function snapshot(store: ReturnType<typeof fresh>) {
  const businesses = store.businesses.page(support, 1000, 0).data
  return businesses.map((b) => ({ ...b, numbers: store.phoneNumbers.list(b.businessID) }))
}

describe('the seed', () => {
  it('has the named personas and businesses', () => {
    const store = fresh()
    expect(PERSONAS.map((p) => p.name)).toEqual([
      'Pat Rivera',
      'Morgan Lee',
      'Sam Ortiz',
      'Riley Chen',
    ])
    for (const business of Object.values(NAMED_BUSINESSES)) {
      expect(store.businesses.nameOf(business.id)).toBe(business.name)
    }
    expect(store.businesses.page(support, 1, 0).total).toBe(4 + SMALL_BUSINESS_COUNT)
  })

  it('gives Rivera Plumbing five numbers, one removed, with varied activity', () => {
    const rivera = fresh().phoneNumbers.list(NAMED_BUSINESSES.riveraPlumbing.id)
    expect(rivera).toHaveLength(5)
    expect(rivera.filter((n) => n.isDeleted)).toHaveLength(1)
    expect(new Set(rivera.map((n) => n.lastActivityTime)).size).toBe(5)
  })

  it('gives Metro HVAC 2,500 numbers, about 5% removed', () => {
    const metro = fresh().phoneNumbers.list(NAMED_BUSINESSES.metroHvac.id)
    expect(metro).toHaveLength(2500)
    const removed = metro.filter((n) => n.isDeleted).length
    expect(removed).toBeGreaterThan(75)
    expect(removed).toBeLessThan(200)
    expect(metro.filter((n) => /^Tech \d{4} – \S+ \S+/.test(n.name)).length).toBeGreaterThan(1500)
  })

  it('gives the small businesses 0–4 numbers each and distinct names', () => {
    const all = snapshot(fresh())
    const named = new Set<string>(Object.values(NAMED_BUSINESSES).map((b) => b.id))
    const small = all.filter((b) => !named.has(b.businessID))
    expect(small).toHaveLength(SMALL_BUSINESS_COUNT)
    expect(new Set(small.map((b) => b.name)).size).toBe(SMALL_BUSINESS_COUNT)
    expect(Math.max(...small.map((b) => b.numbers.length))).toBe(4)
    expect(small.some((b) => b.numbers.length === 0)).toBe(true)
  })

  it('only holds records the API itself would accept, with consistent times', () => {
    const epoch = new Date(SEED_EPOCH).toISOString().replace('.000', '')
    for (const business of snapshot(fresh())) {
      expect(business.businessID).toMatch(/^[1-9]\d{18}$/)
      for (const n of business.numbers) {
        expect(phoneNumberProblem(n.phoneNumber)).toBeUndefined()
        expect(nameProblem(n.name)).toBeUndefined()
        expect(n.phoneNumberID).toMatch(/^[1-9]\d{18}$/)
        expect(n.createdTime <= n.lastActivityTime && n.createdTime <= n.updatedTime).toBe(true)
        expect(n.updatedTime <= epoch && n.lastActivityTime <= epoch).toBe(true)
      }
    }
  })

  it('is deterministic: the same IDs and data in two fresh databases and after two resets', () => {
    const a = fresh()
    const first = snapshot(a)
    expect(snapshot(fresh())).toEqual(first)
    a.reset()
    a.reset()
    expect(snapshot(a)).toEqual(first)
  })

  it('keeps every other business identical when Metro is resized', () => {
    const store = fresh()
    const others = () =>
      snapshot(store).filter((b) => b.businessID !== NAMED_BUSINESSES.metroHvac.id)
    const before = others()
    store.reset(7000)
    expect(others()).toEqual(before)
  })

  it('adds empty businesses on request, each with its own name, and moves nothing else', () => {
    const store = fresh()
    const before = snapshot(store)
    store.reset(undefined, MAX_EXTRA_BUSINESSES)
    const after = store.businesses.page(support, 2000, 0).data
    expect(after).toHaveLength(1000)
    expect(new Set(after.map((b) => b.name)).size).toBe(1000)
    const added = after.filter((b) => !before.some((old) => old.businessID === b.businessID))
    expect(added).toHaveLength(MAX_EXTRA_BUSINESSES)
    expect(added.every((b) => store.phoneNumbers.list(b.businessID).length === 0)).toBe(true)
    const addedIDs = new Set(added.map((b) => b.businessID))
    expect(snapshot(store).filter((b) => !addedIDs.has(b.businessID))).toEqual(before)
  })
})
