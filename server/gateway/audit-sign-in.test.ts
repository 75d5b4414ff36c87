import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { GatewayStore } from '../store/gateway-store'
import type { Harness } from './testing/gateway-harness'
import { startSignedIn } from './testing/signed-in-harness'

let h: Harness
let store: GatewayStore
let cookie: string
beforeEach(async () => {
  ;({ h, store, cookie } = await startSignedIn())
})
afterEach(async () => {
  await h.close()
})

describe('sign-in and sign-out', () => {
  it('are events for each of the pro’s businesses', async () => {
    const signIns = await store.audit.list({ limit: 10, action: 'sign-in' })
    expect(signIns.entries.map((e) => [e.phase, e.businessName, e.actor.name])).toEqual([
      ['event', 'Rivera Electric', 'Ana Rivera'],
      ['event', 'Rivera Plumbing', 'Ana Rivera'],
    ])
    expect((await h.call('/auth/logout', { method: 'POST', cookie })).status).toBe(204)
    const signOuts = await store.audit.list({ limit: 10, action: 'sign-out' })
    expect(signOuts.entries.map((e) => e.businessID).sort()).toEqual(['1', '2'])
  })
})
