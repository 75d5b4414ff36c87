import { describe, expect } from 'vitest'
import { SCOPES } from '../personas.ts'
import { businessesPageSchema } from '../contract/businesses.ts'
import { personasSchema } from '../contract/sandbox-controls.ts'
import {
  expectProblem,
  fieldsOf,
  type Harness,
  LEE_ELECTRIC,
  LEE_SOLAR,
  METRO,
  numbersPath,
  RIVERA,
  test,
} from '../testing/harness.ts'

const personas = async (h: Harness) =>
  personasSchema.parse(await (await h.send('GET', '/sandbox/personas')).json()).personas

describe('GET /sandbox/personas', () => {
  test('lists the four demo sign-ins with their businesses and scopes', async ({ h }) => {
    const list = await personas(h)
    const byID = new Map(list.map((p) => [p.id, p]))
    expect(list.map((p) => [p.id, p.name, p.role])).toEqual([
      ['pat-rivera', 'Pat Rivera', 'pro'],
      ['morgan-lee', 'Morgan Lee', 'pro'],
      ['sam-ortiz', 'Sam Ortiz', 'support'],
      ['riley-chen', 'Riley Chen', 'pro'],
    ])
    expect(byID.get('pat-rivera')?.businessIDs).toEqual([RIVERA])
    expect(byID.get('morgan-lee')?.businessIDs).toEqual([LEE_ELECTRIC, LEE_SOLAR])
    expect(byID.get('riley-chen')?.businessIDs).toEqual([RIVERA])
    expect(byID.get('riley-chen')?.scopes).toEqual([SCOPES.list, SCOPES.read])
    expect(byID.get('pat-rivera')?.scopes).toEqual([SCOPES.list, SCOPES.read, SCOPES.write])
    const sam = byID.get('sam-ortiz')
    const all = await h.send('GET', '/api/v4/businesses?limit=1000', { as: 'sam-ortiz' })
    const { pagination } = businessesPageSchema.parse(await all.json())
    expect(sam?.businessIDs).toHaveLength(pagination.total)
    expect(sam?.businessIDs).toContain(METRO)
  })

  test('hands out the same stored token until it expires', async ({ h }) => {
    const first = await personas(h)
    const again = await personas(h)
    expect(again.map((p) => p.accessToken)).toEqual(first.map((p) => p.accessToken))
    expect(new Set(first.map((p) => p.accessToken)).size).toBe(4)
  })
})

describe('POST /sandbox/reset', () => {
  test('restores the seed, keeping tokens valid', async ({ h }) => {
    const seeded = await h.listNumbers(RIVERA, 'sam-ortiz')
    const json = { phoneNumber: '+12065550142', name: 'Temp' }
    expect((await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })).status).toBe(201)
    const res = await h.send('POST', '/sandbox/reset')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
    expect(await h.listNumbers(RIVERA, 'pat-rivera')).toEqual(seeded)
  })

  test('scales Metro HVAC for benchmarks, quickly', async ({ h }) => {
    const started = performance.now()
    const res = await h.send('POST', '/sandbox/reset', { json: { metroHvacNumbers: 10_000 } })
    expect(res.status).toBe(200)
    // Generous bound: it is far faster, but CI machines vary.
    expect(performance.now() - started).toBeLessThan(3000)
    const metro = await h.listNumbers(METRO, 'sam-ortiz')
    expect(metro).toHaveLength(10_000)
    const active = metro.filter((n) => !n.isDeleted).map((n) => n.phoneNumber)
    expect(new Set(active).size).toBe(active.length)
    expect((await h.send('POST', '/sandbox/reset', { json: { metroHvacNumbers: 0 } })).status).toBe(
      200,
    )
    expect(await h.listNumbers(METRO, 'sam-ortiz')).toEqual([])
  })

  // One-element rows: test.for would print a bare null as "undefined" in the title.
  test.for([[-1], [20_001], [2.5], ['100'], [null]])(
    'refuses metroHvacNumbers %j',
    async ([value], { h }) => {
      const res = await h.send('POST', '/sandbox/reset', { json: { metroHvacNumbers: value } })
      expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([
        'metroHvacNumbers',
      ])
      expect(await h.listNumbers(METRO, 'sam-ortiz')).toHaveLength(2500)
    },
  )

  test('adds empty businesses for a support agent who looks among a thousand', async ({ h }) => {
    const res = await h.send('POST', '/sandbox/reset', { json: { extraBusinesses: 696 } })
    expect(res.status).toBe(200)
    const page = await h.send('GET', '/api/v4/businesses?limit=1000', { as: 'sam-ortiz' })
    const { data, pagination } = businessesPageSchema.parse(await page.json())
    expect(pagination.total).toBe(1000)
    expect(new Set(data.map((business) => business.businessID)).size).toBe(1000)
  })

  test.for([[-1], [697], [1.5], ['10']])('refuses extraBusinesses %j', async ([value], { h }) => {
    const res = await h.send('POST', '/sandbox/reset', { json: { extraBusinesses: value } })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['extraBusinesses'])
  })
})
