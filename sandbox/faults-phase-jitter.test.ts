import { afterEach, describe, expect, vi } from 'vitest'
import { faultSettingsSchema } from './contract/sandbox-controls.ts'
import {
  expectProblem,
  fieldsOf,
  numberPath,
  numbersPath,
  RIVERA,
  test,
} from './testing/harness.ts'

// latencyJitterMs (a latency drawn per request) and errorPhase "after" (the write is
// applied, its answer lost): the faults the browser tests use to act like a real network.

afterEach(() => {
  vi.useRealTimers()
})

describe('validation', () => {
  test.for([
    [{ latencyJitterMs: -1 }, 'latencyJitterMs'],
    [{ latencyJitterMs: 30_001 }, 'latencyJitterMs'],
    [{ latencyJitterMs: 0.5 }, 'latencyJitterMs'],
    [{ latencyJitterMs: '500' }, 'latencyJitterMs'],
    [{ errorPhase: 'during' }, 'errorPhase'],
    [{ errorPhase: null }, 'errorPhase'],
  ])('refuses %j naming %s', async ([json, field], { h }) => {
    const res = await h.setFaults(json)
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([field])
  })

  test('stores both, and a reset puts them back', async ({ h }) => {
    const res = await h.setFaults({ latencyMs: 300, latencyJitterMs: 500, errorPhase: 'after' })
    expect(faultSettingsSchema.parse(await res.json())).toMatchObject({
      latencyMs: 300,
      latencyJitterMs: 500,
      errorPhase: 'after',
    })
    await h.send('POST', '/sandbox/reset')
    const state = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toMatchObject({ latencyJitterMs: 0, errorPhase: 'before' })
  })
})

describe('latencyJitterMs', () => {
  test.for<[number, number]>([
    [0, 300],
    [0.5, 550],
    [0.999_999, 800],
  ])(
    'with random() = %d waits latencyMs + jitter share = %d ms',
    async ([random, expected], { h }) => {
      await h.setFaults({ latencyMs: 300, latencyJitterMs: 500 })
      h.setRandom(random)
      vi.useFakeTimers({ toFake: ['setTimeout'] })
      let settled: Response | undefined
      const pending = h.send('GET', '/api/v4/users/self').then((res) => (settled = res))
      await vi.advanceTimersByTimeAsync(expected - 1)
      expect(settled).toBeUndefined()
      await vi.advanceTimersByTimeAsync(1)
      await pending
      expect(settled?.status).toBe(401)
    },
  )
})

describe('errorPhase', () => {
  const json = { phoneNumber: '+12065550142', name: 'Lost answer' }

  test('"before" (the default): the write is refused and never applied', async ({ h }) => {
    await h.setFaults({ errorRate: 1 })
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    const problem = await expectProblem(res, 503, 'server-error')
    expect(problem.detail).toMatch(/Nothing was changed/)
    await h.setFaults({ errorRate: 0 })
    expect((await h.listNumbers()).map((n) => n.phoneNumber)).not.toContain(json.phoneNumber)
  })

  test('"after": the create is applied but answered 503, so sending it again is a 409', async ({
    h,
  }) => {
    await h.setFaults({ errorRate: 1, errorPhase: 'after' })
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    const problem = await expectProblem(res, 503, 'server-error')
    expect(problem.detail).toMatch(/may have changed data/)
    await h.setFaults({ errorRate: 0 })
    const stored = (await h.listNumbers()).filter((n) => n.phoneNumber === json.phoneNumber)
    expect(stored).toMatchObject([{ name: json.name, isDeleted: false }])
    const again = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    await expectProblem(again, 409, 'already-registered')
  })

  test('"after": updates and removals are applied too', async ({ h }) => {
    const created = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    const { phoneNumberID } = (await created.json()) as { phoneNumberID: string }
    await h.setFaults({ errorRate: 1, errorPhase: 'after' })
    const put = await h.send('PUT', numberPath(RIVERA, phoneNumberID), {
      as: 'pat-rivera',
      json: { ...json, name: 'Renamed' },
    })
    await expectProblem(put, 503, 'server-error')
    const del = await h.send('DELETE', numberPath(RIVERA, phoneNumberID), { as: 'pat-rivera' })
    await expectProblem(del, 503, 'server-error')
    await h.setFaults({ errorRate: 0 })
    const stored = (await h.listNumbers()).find((n) => n.phoneNumberID === phoneNumberID)
    expect(stored).toMatchObject({ name: 'Renamed', isDeleted: true })
  })

  test('"after" with a refused write still answers 503 and changes nothing', async ({ h }) => {
    await h.setFaults({ errorRate: 1, errorPhase: 'after' })
    const bad = { phoneNumber: '+1234567890', name: 'Bad' }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json: bad })
    await expectProblem(res, 503, 'server-error')
    await h.setFaults({ errorRate: 0 })
    expect((await h.listNumbers()).map((n) => n.name)).not.toContain('Bad')
  })
})
