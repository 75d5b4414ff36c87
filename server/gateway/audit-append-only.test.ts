import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { storeAdapters, type OpenedStore } from '../store/testing/store-adapters'
import { startHarness, type Harness } from './testing/gateway-harness'

const numbers = '/api/v4/businesses/1/associate-phone-numbers'
// Every path the gateway answers, and a few it does not, with every method.
const paths = [
  '/auth/login',
  '/auth/callback',
  '/auth/session',
  '/auth/history',
  '/auth/history.csv',
  '/auth/history/1',
  '/auth/audit',
  '/api/v4/businesses',
  '/api/v4/users/self',
  numbers,
  `${numbers}/77`,
  `${numbers}-bulk-create`,
  '/api/v4/audit',
  '/auth/logout',
]
const methods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const body = JSON.stringify({ phoneNumber: '+14155550100', name: 'Office', seq: 1, id: 'x' })

describe.each(storeAdapters)('with the $name store, no route', ({ open }) => {
  let opened: OpenedStore
  let h: Harness
  beforeEach(async () => {
    opened = await open()
    h = await startHarness({ store: opened.store })
  })
  afterEach(async () => {
    await h.close()
    await opened.dispose()
  })

  it('changes or removes a history row, whatever it is sent', async () => {
    let { cookie } = await h.signIn()
    await h.call(numbers, { method: 'POST', cookie, body })
    const before = await opened.rawRows('gateway_audit_log')
    expect(before.length).toBeGreaterThanOrEqual(4)

    for (const path of paths) {
      for (const method of methods) {
        const withBody = method !== 'GET' && method !== 'HEAD'
        const r = await h.call(path, { method, cookie, ...(withBody ? { body } : {}) })
        expect(r.status).toBeLessThan(500)
        await r.body?.cancel()
        // Signing out ends the session: sign in again so the next routes run signed in.
        if (path === '/auth/logout') ({ cookie } = await h.signIn())
      }
    }

    const after = await opened.rawRows('gateway_audit_log')
    const bySeq = new Map(after.map((row) => [String(row.seq), row]))
    for (const row of before) expect(bySeq.get(String(row.seq))).toEqual(row)
    // Rows were added (the writes tried, the sign-ins and sign-outs), none taken away.
    expect(after.length).toBeGreaterThan(before.length)
  })
})
