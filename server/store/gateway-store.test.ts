import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { loadMigrations } from './migrations'
import { storeAdapters, type OpenedStore } from './testing/store-adapters'
import { grant, hashA, hashB, session, t0 } from './testing/store-records'

describe.each(storeAdapters)('the $name gateway store', ({ open }) => {
  let opened: OpenedStore
  beforeEach(async () => {
    opened = await open()
  })
  afterEach(async () => {
    await opened.dispose()
  })

  it('keeps a session with its grant, and a second instance reads the same rows', async () => {
    await opened.store.createSession(session(hashA), grant())
    const other = await opened.openAnother()
    expect(await other.findSession(hashA)).toEqual(session(hashA))
    expect(await other.findGrant('g1')).toEqual(grant())
    expect(await other.findSession(hashB)).toBeUndefined()
  })

  it('saves a session and its grant together or not at all', async () => {
    await opened.store.createSession(session(hashA), grant())
    // The same grant ID again fails, and must not leave the second session behind.
    await expect(opened.store.createSession(session(hashB), grant())).rejects.toThrow()
    expect(await opened.store.findSession(hashB)).toBeUndefined()
  })

  it('touches a session and forgets it on delete, grant included', async () => {
    await opened.store.createSession(session(hashA), grant())
    await opened.store.touchSession(hashA, t0 + 10, t0 + 2000)
    expect(await opened.store.findSession(hashA)).toMatchObject({
      lastSeenAt: t0 + 10,
      idleExpiresAt: t0 + 2000,
    })
    await opened.store.deleteSession(hashA)
    expect(await opened.store.findSession(hashA)).toBeUndefined()
    expect(await opened.store.findGrant('g1')).toBeUndefined()
  })

  it('deleting a grant ends every session that used it', async () => {
    await opened.store.createSession(session(hashA), grant())
    await opened.store.deleteGrant('g1')
    expect(await opened.store.findSession(hashA)).toBeUndefined()
  })

  it('replaces tokens only at the expected version', async () => {
    await opened.store.createSession(session(hashA), grant())
    const update = {
      accessToken: 'v1:k1:new-a',
      refreshToken: 'v1:k1:new-r',
      accessExpiresAt: t0 + 7_200_000,
      scopes: 'offline_access',
      updatedAt: t0 + 1,
    }
    expect(await opened.store.updateGrantTokens('g1', 1, update)).toBe(true)
    expect(await opened.store.updateGrantTokens('g1', 1, update)).toBe(false)
    expect(await opened.store.findGrant('g1')).toMatchObject({ ...update, version: 2 })
  })

  it('grants a refresh lock to one holder at a time across instances until it lapses', async () => {
    const other = await opened.openAnother()
    const { store } = opened
    expect(await store.acquireRefreshLock('g1', 'one', t0, 1000)).toBe(true)
    expect(await other.acquireRefreshLock('g1', 'two', t0 + 1, 1000)).toBe(false)
    expect(await other.acquireRefreshLock('g1', 'two', t0 + 1000, 1000)).toBe(true)
    // The first holder's late release must not free the second holder's lock.
    await store.releaseRefreshLock('g1', 'one')
    expect(await store.acquireRefreshLock('g1', 'one', t0 + 1001, 1000)).toBe(false)
    await other.releaseRefreshLock('g1', 'two')
    expect(await store.acquireRefreshLock('g1', 'one', t0 + 1002, 1000)).toBe(true)
  })

  it('only one of many racing instances wins a free lock', async () => {
    const stores = [opened.store, await opened.openAnother(), await opened.openAnother()]
    const results = await Promise.all(
      stores.flatMap((s, i) =>
        [0, 1, 2].map((j) => s.acquireRefreshLock('g9', `h${i}${j}`, t0, 500)),
      ),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('sweeps sessions past their idle or absolute end, and their grants', async () => {
    await opened.store.createSession(session(hashA), grant('g1'))
    await opened.store.createSession(
      { ...session(hashB, 'g2'), idleExpiresAt: t0 + 9000, absoluteExpiresAt: t0 + 9000 },
      grant('g2'),
    )
    expect(await opened.store.deleteExpiredSessions(t0 + 1000)).toBe(1)
    expect(await opened.store.findSession(hashA)).toBeUndefined()
    expect(await opened.store.findGrant('g1')).toBeUndefined()
    expect(await opened.store.findSession(hashB)).toBeDefined()
  })

  it('records each migration it applied, and opening again applies none twice', async () => {
    await opened.openAnother()
    const rows = await opened.rawRows('gateway_schema_migrations')
    // Every version the loader has, once each (issue 10 adds them in parallel, gaps allowed).
    const versions = rows.map((r) => Number(r.version)).sort((a, b) => a - b)
    expect(versions).toEqual(loadMigrations('sqlite').map((m) => m.version))
    expect(versions).toEqual(expect.arrayContaining([1, 3]))
  })
})
