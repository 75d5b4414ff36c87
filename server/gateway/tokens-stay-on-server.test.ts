import { afterEach, describe, expect, it } from 'vitest'

import { storeAdapters, type OpenedStore } from '../store/testing/store-adapters'
import { hashSessionID } from './session-id'
import { startHarness, type Harness } from './testing/gateway-harness'

describe.each(storeAdapters)('tokens stay on the server ($name store)', ({ open }) => {
  let opened: OpenedStore
  let h: Harness
  afterEach(async () => {
    await h.close()
    await opened.dispose()
  })

  it('stores tokens only as AES-256-GCM ciphertext with a key ID, and the session ID only hashed', async () => {
    opened = await open()
    h = await startHarness({ store: opened.store })
    const { cookie } = await h.signIn()
    const [grant] = await opened.rawRows('gateway_grants')
    const [session] = await opened.rawRows('gateway_sessions')
    const raw = JSON.stringify([grant, session])
    for (const t of [...h.fake.activeAccess, ...h.fake.liveRefresh]) expect(raw).not.toContain(t)
    expect(grant?.access_token).toMatch(
      /^v1\.k1\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}$/,
    )
    expect(grant?.refresh_token).toMatch(/^v1\.k1\./)
    const id = cookie.split('=')[1] ?? ''
    expect(raw).not.toContain(id)
    expect(session?.id_hash).toBe(hashSessionID(id))
  })

  it('never shows a token in any answer or header the browser gets', async () => {
    opened = await open()
    h = await startHarness({ store: opened.store })
    const signIn = await h.signIn()
    const seen: string[] = [signIn.location, ...signIn.setCookies]
    const record = async (r: Response | Promise<Response>) => {
      const answer = await r
      seen.push(JSON.stringify([...answer.headers]), await answer.text())
    }
    const { cookie } = signIn
    await record(h.gateway.app.request('/auth/session', { headers: { Cookie: cookie } }))
    await record(h.call('/api/v4/users/self', { cookie }))
    h.clock.now += 3600_000
    await record(h.call('/api/v4/businesses?limit=20', { cookie }))
    await record(h.call('/auth/logout', { method: 'POST', cookie }))
    const everything = seen.join('\n')
    const tokens = [...h.fake.activeAccess, ...h.fake.liveRefresh, ...h.fake.revoked]
    expect(tokens.length).toBeGreaterThan(2)
    for (const t of tokens) expect(everything).not.toContain(t)
  })

  it('logout revokes the refresh token at Thumbtack, forgets the session and clears the cookie', async () => {
    opened = await open()
    h = await startHarness({ store: opened.store })
    // A pro with no business has no connection to keep the grant for.
    h.fake.businesses = []
    const { cookie } = await h.signIn()
    const [liveRefresh] = [...h.fake.liveRefresh]
    const r = await h.call('/auth/logout', { method: 'POST', cookie })
    expect(r.status).toBe(204)
    expect(h.fake.revoked).toEqual([liveRefresh])
    expect(r.headers.getSetCookie().join()).toMatch(/__Host-nc_session=;.*Max-Age=0/)
    expect(await opened.rawRows('gateway_sessions')).toHaveLength(0)
    expect(await opened.rawRows('gateway_grants')).toHaveLength(0)
    expect((await h.call('/api/v4/users/self', { cookie })).status).toBe(401)
  })

  it('logout keeps the grant of a connected business: nothing revoked, staff can still act', async () => {
    opened = await open()
    h = await startHarness({ store: opened.store })
    const { cookie } = await h.signIn()
    const r = await h.call('/auth/logout', { method: 'POST', cookie })
    expect(r.status).toBe(204)
    expect(h.fake.revoked).toEqual([])
    expect(await opened.rawRows('gateway_sessions')).toHaveLength(0)
    expect(await opened.rawRows('gateway_grants')).toHaveLength(1)
    const connections = await opened.rawRows('gateway_connections')
    expect(connections.map((r) => [r.business_id, r.business_name, r.user_id])).toEqual(
      expect.arrayContaining([
        ['1', 'Rivera Plumbing', '4001'],
        ['2', 'Rivera Electric', '4001'],
      ]),
    )
    expect(connections).toHaveLength(2)
    expect((await h.call('/api/v4/users/self', { cookie })).status).toBe(401)
  })
})
