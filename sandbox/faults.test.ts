import { afterEach, describe, expect, vi } from 'vitest'
import { phoneNumberListSchema } from './contract/phone-numbers.ts'
import { faultSettingsSchema } from './contract/sandbox-controls.ts'
import {
  expectProblem,
  fieldsOf,
  type Harness,
  numbersPath,
  RIVERA,
  test,
} from './testing/harness.ts'

afterEach(() => {
  vi.useRealTimers()
})

const setFaults = async (h: Harness, json: unknown) => {
  const res = await h.send('PUT', '/sandbox/faults', { json })
  return { status: res.status, body: (await res.json()) as unknown }
}
const DEFAULTS = {
  latencyMs: 0,
  latencyJitterMs: 0,
  errorRate: 0,
  errorPhase: 'before',
  rateLimitPerMinute: 0,
  expireTokens: false,
  accessTokenTtlSeconds: 3600,
  tokenLatencyMs: 0,
  tokenErrorRate: 0,
  tokenErrorPhase: 'before',
}
const self = (h: Harness, as = 'pat-rivera') => h.send('GET', '/api/v4/users/self', { as })

describe('GET and PUT /sandbox/faults', () => {
  test('starts with everything off and merges a partial PUT into the full state', async ({ h }) => {
    const initial = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(initial).toEqual(DEFAULTS)
    const put = await setFaults(h, { errorRate: 0.25 })
    expect(put.status).toBe(200)
    expect(faultSettingsSchema.parse(put.body)).toEqual({ ...initial, errorRate: 0.25 })
    const after = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(after.errorRate).toBe(0.25)
  })

  test.for([
    [{ latencyMs: -1 }, 'latencyMs'],
    [{ latencyMs: 30_001 }, 'latencyMs'],
    [{ latencyMs: 1.5 }, 'latencyMs'],
    [{ latencyMs: '5' }, 'latencyMs'],
    [{ errorRate: 1.1 }, 'errorRate'],
    [{ errorRate: -0.1 }, 'errorRate'],
    [{ rateLimitPerMinute: 2.5 }, 'rateLimitPerMinute'],
    [{ rateLimitPerMinute: -1 }, 'rateLimitPerMinute'],
    [{ expireTokens: 'yes' }, 'expireTokens'],
    [{ latency: 100 }, 'latency'],
  ])('refuses %j with 400 naming %s, changing nothing', async ([json, field], { h }) => {
    const res = await h.send('PUT', '/sandbox/faults', { json })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([field])
    const state = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toEqual(DEFAULTS)
  })

  test('returns to the defaults on POST /sandbox/reset', async ({ h }) => {
    await setFaults(h, { latencyMs: 10, errorRate: 1, rateLimitPerMinute: 1 })
    expect((await h.send('POST', '/sandbox/reset')).status).toBe(200)
    const state = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toEqual(DEFAULTS)
    expect((await self(h)).status).toBe(200)
  })
})

describe('injected server errors', () => {
  test('answer 503 Problem Details when random() < errorRate, and pass otherwise', async ({
    h,
  }) => {
    await setFaults(h, { errorRate: 0.5 })
    h.setRandom(0.49)
    const problem = await expectProblem(await self(h), 503, 'server-error')
    expect(problem.traceID).toMatch(/^[0-9a-f]{16}$/)
    h.setRandom(0.5)
    expect((await self(h)).status).toBe(200)
  })

  test('never apply the write they interrupt', async ({ h }) => {
    await setFaults(h, { errorRate: 1 })
    const json = { phoneNumber: '+12065550142', name: 'Should not exist' }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    await expectProblem(res, 503, 'server-error')
    await setFaults(h, { errorRate: 0 })
    const list = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
    const numbers = phoneNumberListSchema.parse(await list.json()).phoneNumbers
    expect(numbers.map((n) => n.phoneNumber)).not.toContain('+12065550142')
  })

  test('apply to /api/ only, never to the sandbox controls', async ({ h }) => {
    await setFaults(h, { errorRate: 1, rateLimitPerMinute: 1 })
    for (let i = 0; i < 3; i++) expect((await h.send('GET', '/sandbox/personas')).status).toBe(200)
  })
})

describe('rate limit', () => {
  test('answers 429 with Retry-After once a token exceeds its requests per minute', async ({
    h,
  }) => {
    await setFaults(h, { rateLimitPerMinute: 3 })
    for (let i = 0; i < 3; i++) expect((await self(h)).status).toBe(200)
    const limited = await self(h)
    await expectProblem(limited, 429, 'rate-limited')
    expect(limited.headers.get('retry-after')).toBe('60')
    h.advanceClock(45_500)
    expect((await self(h)).headers.get('retry-after')).toBe('15')
    expect((await self(h, 'morgan-lee')).status).toBe(200)
    h.advanceClock(14_500)
    expect((await self(h)).status).toBe(200)
  })

  test('comes after token checks and before 5xx faults', async ({ h }) => {
    await setFaults(h, { rateLimitPerMinute: 1, errorRate: 1 })
    await expectProblem(await self(h), 503, 'server-error')
    await expectProblem(await self(h), 429, 'rate-limited')
    await expectProblem(await self(h, 'sbx_unknown'), 401, 'invalid-token')
  })
})

describe('expireTokens', () => {
  test('expires every token issued so far; tokens from a new sign-in work', async ({ h }) => {
    const put = await setFaults(h, { expireTokens: true })
    expect(faultSettingsSchema.parse(put.body).expireTokens).toBe(true)
    const problem = await expectProblem(await self(h), 401, 'token-expired')
    expect(problem.detail).toMatch(/Sign in again/)
    const oldToken = h.token('pat-rivera')
    await h.signInAgain()
    expect(h.token('pat-rivera')).not.toBe(oldToken)
    expect((await self(h)).status).toBe(200)
    expect((await self(h, 'sam-ortiz')).status).toBe(200)
  })
})

describe('latency', () => {
  test('delays /api/ answers by latencyMs, before auth', async ({ h }) => {
    await setFaults(h, { latencyMs: 5000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled: Response | undefined
    const pending = h.send('GET', '/api/v4/users/self').then((res) => (settled = res))
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(settled?.status).toBe(401)
  })

  test('leaves /sandbox/ routes undelayed', async ({ h }) => {
    await setFaults(h, { latencyMs: 30_000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    expect((await h.send('GET', '/sandbox/faults')).status).toBe(200)
  })
})
