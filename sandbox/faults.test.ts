import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { faultsSchema, phoneNumberListSchema } from './testing/contract-schemas.ts'
import {
  createHarness,
  expectProblem,
  fieldsOf,
  numbersPath,
  RIVERA,
  type Harness,
} from './testing/harness.ts'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
})
afterEach(() => {
  vi.useRealTimers()
  h.close()
})

const setFaults = async (json: unknown) => {
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
const self = (as = 'pat-rivera') => h.send('GET', '/api/v4/users/self', { as })

describe('GET and PUT /sandbox/faults', () => {
  it('starts with everything off and merges a partial PUT into the full state', async () => {
    const initial = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(initial).toEqual(DEFAULTS)
    const put = await setFaults({ errorRate: 0.25 })
    expect(put.status).toBe(200)
    expect(faultsSchema.parse(put.body)).toEqual({ ...initial, errorRate: 0.25 })
    const after = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(after.errorRate).toBe(0.25)
  })

  it.each([
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
  ])('refuses %j with 400 naming %s, changing nothing', async (json, field) => {
    const res = await h.send('PUT', '/sandbox/faults', { json })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([field])
    const state = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toEqual(DEFAULTS)
  })

  it('returns to the defaults on POST /sandbox/reset', async () => {
    await setFaults({ latencyMs: 10, errorRate: 1, rateLimitPerMinute: 1 })
    expect((await h.send('POST', '/sandbox/reset')).status).toBe(200)
    const state = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toEqual(DEFAULTS)
    expect((await self()).status).toBe(200)
  })
})

describe('injected server errors', () => {
  it('answer 503 Problem Details when random() < errorRate, and pass otherwise', async () => {
    await setFaults({ errorRate: 0.5 })
    h.setRandom(0.49)
    const problem = await expectProblem(await self(), 503, 'server-error')
    expect(problem.traceID).toMatch(/^[0-9a-f]{16}$/)
    h.setRandom(0.5)
    expect((await self()).status).toBe(200)
  })

  it('never apply the write they interrupt', async () => {
    await setFaults({ errorRate: 1 })
    const json = { phoneNumber: '+12065550142', name: 'Should not exist' }
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })
    await expectProblem(res, 503, 'server-error')
    await setFaults({ errorRate: 0 })
    const list = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
    const numbers = phoneNumberListSchema.parse(await list.json()).phoneNumbers
    expect(numbers.map((n) => n.phoneNumber)).not.toContain('+12065550142')
  })

  it('apply to /api/ only, never to the sandbox controls', async () => {
    await setFaults({ errorRate: 1, rateLimitPerMinute: 1 })
    for (let i = 0; i < 3; i++) expect((await h.send('GET', '/sandbox/personas')).status).toBe(200)
  })
})

describe('rate limit', () => {
  it('answers 429 with Retry-After once a token exceeds its requests per minute', async () => {
    await setFaults({ rateLimitPerMinute: 3 })
    for (let i = 0; i < 3; i++) expect((await self()).status).toBe(200)
    const limited = await self()
    await expectProblem(limited, 429, 'rate-limited')
    expect(limited.headers.get('retry-after')).toBe('60')
    h.advanceClock(45_500)
    expect((await self()).headers.get('retry-after')).toBe('15')
    expect((await self('morgan-lee')).status).toBe(200)
    h.advanceClock(14_500)
    expect((await self()).status).toBe(200)
  })

  it('comes after token checks and before 5xx faults', async () => {
    await setFaults({ rateLimitPerMinute: 1, errorRate: 1 })
    await expectProblem(await self(), 503, 'server-error')
    await expectProblem(await self(), 429, 'rate-limited')
    await expectProblem(await self('sbx_unknown'), 401, 'invalid-token')
  })
})

describe('expireTokens', () => {
  it('expires every token issued so far; tokens from a new sign-in work', async () => {
    const put = await setFaults({ expireTokens: true })
    expect(faultsSchema.parse(put.body).expireTokens).toBe(true)
    const problem = await expectProblem(await self(), 401, 'token-expired')
    expect(problem.detail).toMatch(/Sign in again/)
    const oldToken = h.token('pat-rivera')
    await h.signInAgain()
    expect(h.token('pat-rivera')).not.toBe(oldToken)
    expect((await self()).status).toBe(200)
    expect((await self('sam-ortiz')).status).toBe(200)
  })
})

describe('latency', () => {
  it('delays /api/ answers by latencyMs, before auth', async () => {
    await setFaults({ latencyMs: 5000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    let settled: Response | undefined
    const pending = h.send('GET', '/api/v4/users/self').then((res) => (settled = res))
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(settled?.status).toBe(401)
  })

  it('leaves /sandbox/ routes undelayed', async () => {
    await setFaults({ latencyMs: 30_000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    expect((await h.send('GET', '/sandbox/faults')).status).toBe(200)
  })
})
