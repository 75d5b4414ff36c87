import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { GatewayStore } from '../store/gateway-store'
import { numbersPath as numbers, rowsOf as rowsIn } from './testing/audit-rows'
import { startHarness, type Harness } from './testing/gateway-harness'
import { startSignedIn } from './testing/signed-in-harness'

let h: Harness
let store: GatewayStore
beforeEach(async () => {
  ;({ h, store } = await startSignedIn())
})
afterEach(async () => {
  await h.close()
})

const rowsOf = (requestID: string | null) => rowsIn(store, requestID)

describe('a write whose answer was lost', () => {
  it('still has its attempt row, and the outcome says unknown', async () => {
    const lost = await startHarness({
      store,
      fake: h.fake,
      // Thumbtack carries out the write; the connection drops before its answer arrives.
      extra: {
        fetch: async (url, init) => {
          const answer = await fetch(url, init)
          if (init?.method !== 'POST') return answer
          throw new TypeError('fetch failed')
        },
      },
    })
    const { cookie: lostCookie } = await lost.signIn()
    const r = await lost.call(numbers, {
      method: 'POST',
      cookie: lostCookie,
      body: JSON.stringify({ phoneNumber: '+14155550100', name: 'Office' }),
    })
    expect(r.status).toBe(502)
    expect(h.fake.apiCalls.filter((c) => c.method === 'POST')).toHaveLength(1)
    const [attempt, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    expect(attempt).toMatchObject({ phase: 'attempt', after: { name: 'Office' } })
    expect(outcome).toMatchObject({ phase: 'outcome', result: 'unknown', upstreamStatus: null })
    expect(outcome?.detail).toMatch(/did not arrive/)
  })

  it('a write the history cannot record is not sent at all', async () => {
    const broken: GatewayStore = {
      ...store,
      audit: { ...store.audit, append: () => Promise.reject(new Error('disk full')) },
    }
    const other = await startHarness({ store: broken, fake: h.fake })
    const { cookie: c2 } = await other.signIn()
    h.fake.apiCalls.length = 0
    const r = await other.call(numbers, { method: 'POST', cookie: c2, body: '{}' })
    expect(r.status).toBe(503)
    expect(await r.text()).toContain('history-unavailable')
    expect(h.fake.apiCalls).toHaveLength(0)
  })
})
