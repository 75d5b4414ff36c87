import { afterEach, describe, expect, it } from 'vitest'

import { storeAdapters, type OpenedStore } from '../store/testing/store-adapters'
import { startFakeThumbtack, type FakeThumbtack } from './testing/fake-thumbtack'
import { callThrough, gatewayFor, signInThrough, startHarness } from './testing/gateway-harness'

const refreshes = (fake: FakeThumbtack) =>
  fake.tokenCalls.filter((c) => c.grantType === 'refresh_token').length
const hour = 3600_000

describe.each(storeAdapters)('refreshing on the $name store', ({ open }) => {
  let opened: OpenedStore | undefined
  let fake: FakeThumbtack | undefined
  afterEach(async () => {
    await opened?.dispose()
    await fake?.close()
  })

  it('refreshes exactly once under 20 parallel calls near expiry, and every call succeeds', async () => {
    opened = await open()
    const h = await startHarness({ store: opened.store })
    fake = h.fake
    const { cookie } = await h.signIn()
    h.clock.now += hour - 30_000 // inside the 60 s skew
    h.fake.refreshLatencyMs = 50
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => h.call('/api/v4/users/self', { cookie })),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(refreshes(h.fake)).toBe(1)
    expect(h.fake.revoked).toHaveLength(0)
  })

  it('refreshes once across two gateway instances sharing the store', async () => {
    opened = await open()
    fake = await startFakeThumbtack()
    const clock = { now: Date.UTC(2026, 4, 1, 9) }
    const a = gatewayFor(fake, opened.store, clock)
    const b = gatewayFor(fake, await opened.openAnother(), clock)
    const { cookie } = await signInThrough(a)
    expect((await callThrough(b, '/api/v4/users/self', { cookie })).status).toBe(200)
    clock.now += hour + 1
    fake.refreshLatencyMs = 100
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        callThrough(i % 2 ? a : b, '/api/v4/users/self', { cookie }),
      ),
    )
    expect(answers.map((r) => r.status)).toEqual(Array(20).fill(200))
    expect(refreshes(fake)).toBe(1)
  })

  it('saves the rotated refresh token, so the next refresh uses it', async () => {
    opened = await open()
    const h = await startHarness({ store: opened.store })
    fake = h.fake
    const { cookie } = await h.signIn()
    for (let i = 0; i < 3; i++) {
      h.clock.now += hour
      expect((await h.call('/api/v4/users/self', { cookie })).status).toBe(200)
    }
    // The fake's refresh tokens are strictly single-use: three successes mean three new ones.
    expect(refreshes(h.fake)).toBe(3)
  })
})

describe('a dead refresh token', () => {
  it('ends the session with a 401 session-ended Problem and clears the cookie', async () => {
    const h = await startHarness()
    const { cookie } = await h.signIn()
    h.fake.liveRefresh.clear() // revoked at Thumbtack
    h.clock.now += hour
    const r = await h.call('/api/v4/users/self', { cookie })
    expect(r.status).toBe(401)
    expect(await r.json()).toMatchObject({
      type: 'urn:numbers-console:problem:session-ended',
      status: 401,
    })
    expect(r.headers.getSetCookie().join()).toMatch(/__Host-nc_session=;.*Max-Age=0/)
    const again = await h.call('/api/v4/users/self', { cookie })
    expect(await again.json()).toMatchObject({ type: 'urn:numbers-console:problem:session-ended' })
    expect(refreshes(h.fake)).toBe(1)
    await h.close()
  })

  it('a token call that fails for another reason keeps a session whose token still works', async () => {
    const h = await startHarness()
    const { cookie } = await h.signIn()
    h.clock.now += hour - 10_000 // within the skew, not yet expired
    await h.fake.close() // the token endpoint is down; so is the API
    const r = await h.call('/api/v4/users/self', { cookie })
    expect(r.status).toBe(502)
    expect(await r.json()).toMatchObject({
      type: 'urn:numbers-console:problem:upstream-unreachable',
    })
    const session = await h.gateway.app.request('/auth/session', { headers: { Cookie: cookie } })
    expect(await session.json()).toMatchObject({ signedIn: true })
    await h.gateway.close()
  })
})

describe('session lifetimes', () => {
  it('ends a session idle for longer than the idle lifetime, and one past its absolute end', async () => {
    const h = await startHarness({
      extra: { sessionIdleSeconds: 600, sessionAbsoluteSeconds: 1200 },
    })
    const idle = await h.signIn()
    h.clock.now += 600_001
    expect((await h.call('/api/v4/users/self', { cookie: idle.cookie })).status).toBe(401)
    const busy = await h.signIn()
    for (let i = 0; i < 4; i++) {
      h.clock.now += 300_000
      const status = (await h.call('/api/v4/users/self', { cookie: busy.cookie })).status
      expect(status).toBe(i < 3 ? 200 : 401)
    }
    await h.close()
  })
})
