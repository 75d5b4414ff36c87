import { describe, expect } from 'vitest'
import { MAX_BODY_BYTES } from './app.ts'
import { createRequestLog, phoneNumbersIn } from './request-log.ts'
import { requestLogSchema } from './contract/sandbox-controls.ts'
import {
  bulkPath,
  expectProblem,
  fieldsOf,
  type Harness,
  numberPath,
  numbersPath,
  RIVERA,
  test,
} from './testing/harness.ts'

async function logged(h: Harness, since?: number) {
  const path = since === undefined ? '/sandbox/requests' : `/sandbox/requests?since=${since}`
  const res = await h.send('GET', path)
  expect(res.status).toBe(200)
  return requestLogSchema.parse(await res.json()).requests
}

describe('GET /sandbox/requests', () => {
  test('lists each /api/ request with its method, path, status, caller and numbers', async ({
    h,
  }) => {
    const one = { phoneNumber: '+12065550142', name: 'Logged' }
    const created = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json: one })
    const { phoneNumberID } = (await created.json()) as { phoneNumberID: string }
    await h.send('PUT', numberPath(RIVERA, phoneNumberID), {
      as: 'pat-rivera',
      json: { ...one, phoneNumber: '+12065550143' },
    })
    await h.send('POST', bulkPath(RIVERA), {
      as: 'pat-rivera',
      json: { phoneNumbers: [{ phoneNumber: '+12065550144', name: 'a' }, { name: 'no number' }] },
    })
    await h.send('DELETE', numberPath(RIVERA, phoneNumberID), { as: 'pat-rivera' })
    await h.send('GET', numbersPath(RIVERA), { as: 'riley-chen' })
    await h.send('GET', numbersPath(RIVERA))

    const requests = await logged(h)
    expect(requests.map((r) => [r.seq, r.method, r.path, r.status, r.personaID])).toEqual([
      [1, 'POST', numbersPath(RIVERA), 201, 'pat-rivera'],
      [2, 'PUT', numberPath(RIVERA, phoneNumberID), 200, 'pat-rivera'],
      [3, 'POST', bulkPath(RIVERA), 400, 'pat-rivera'],
      [4, 'DELETE', numberPath(RIVERA, phoneNumberID), 204, 'pat-rivera'],
      [5, 'GET', numbersPath(RIVERA), 200, 'riley-chen'],
      [6, 'GET', numbersPath(RIVERA), 401, null],
    ])
    expect(requests.map((r) => r.phoneNumbers)).toEqual([
      ['+12065550142'],
      ['+12065550143'],
      ['+12065550144'],
      [],
      [],
      [],
    ])
  })

  test('records injected faults as the client saw them, and leaves /sandbox/ out', async ({
    h,
  }) => {
    await h.setFaults({ errorRate: 1 })
    const json = { phoneNumber: '+12065550142', name: 'Never stored' }
    await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    await h.setFaults({ errorRate: 0, rateLimitPerMinute: 1 })
    await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })
    await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })
    await h.send('GET', '/sandbox/personas')

    const requests = await logged(h)
    expect(requests.map((r) => [r.method, r.status, r.phoneNumbers])).toEqual([
      ['POST', 503, ['+12065550142']],
      ['GET', 200, []],
      ['GET', 429, []],
    ])
  })

  test('pages with ?since= and is emptied by a reset', async ({ h }) => {
    for (let i = 0; i < 3; i++) await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })
    expect((await logged(h, 2)).map((r) => r.seq)).toEqual([3])
    expect(await logged(h, 3)).toEqual([])
    expect((await h.send('POST', '/sandbox/reset')).status).toBe(200)
    expect(await logged(h)).toEqual([])
    await h.send('GET', '/api/v4/users/self', { as: 'pat-rivera' })
    expect((await logged(h)).map((r) => r.seq)).toEqual([1])
  })

  test.for(['-1', 'abc', '1.5', '9'.repeat(20)])(
    'refuses since=%s naming the field',
    async (since, { h }) => {
      const res = await h.send('GET', `/sandbox/requests?since=${since}`)
      expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual(['since'])
    },
  )

  test('logs a refused oversized body (413) too, without reading it', async ({ h }) => {
    const json = { phoneNumber: '+12065550142', name: 'x'.repeat(MAX_BODY_BYTES) }
    const big = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    expect(big.status).toBe(413)
    const headers = { 'Content-Type': 'application/json', 'Content-Length': '300000' }
    const body = JSON.stringify({ phoneNumber: '+12065550143', name: 'declared too big' })
    const declared = await h.send('PUT', numberPath(RIVERA, '1'), {
      as: 'pat-rivera',
      body,
      headers,
    })
    expect(declared.status).toBe(413)
    expect((await logged(h)).map((r) => [r.method, r.status, r.personaID, r.phoneNumbers])).toEqual(
      [
        ['POST', 413, null, []],
        ['PUT', 413, null, []],
      ],
    )
  })

  test('logs a hostile body as carrying no numbers, never failing', async ({ h }) => {
    const headers = { 'Content-Type': 'application/json' }
    for (const body of ['{', 'null', '[1,2]', '{"phoneNumbers":{"a":1}}', '{"phoneNumber":7}']) {
      const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', body, headers })
      expect(res.status).toBe(400)
    }
    expect((await logged(h)).map((r) => r.phoneNumbers)).toEqual([[], [], [], [], []])
  })
})

describe('createRequestLog', () => {
  test('keeps only the newest entries beyond its capacity', async () => {
    const log = createRequestLog({ now: () => new Date(0), capacity: 3 })
    const { Hono } = await import('hono')
    const app = new Hono().use(log.middleware).get('*', (c) => c.text('ok'))
    for (let i = 1; i <= 5; i++) await app.request(`/api/${i}`)
    expect(log.list().map((entry) => [entry.seq, entry.path])).toEqual([
      [3, '/api/3'],
      [4, '/api/4'],
      [5, '/api/5'],
    ])
  })

  test('shortens long numbers and caps a bulk at 100', () => {
    expect(phoneNumbersIn(JSON.stringify({ phoneNumber: '9'.repeat(10_000) }))).toEqual([
      `${'9'.repeat(39)}…`,
    ])
    const bulk = { phoneNumbers: Array.from({ length: 150 }, () => ({ phoneNumber: '+1' })) }
    expect(phoneNumbersIn(JSON.stringify(bulk))).toHaveLength(100)
  })
})
