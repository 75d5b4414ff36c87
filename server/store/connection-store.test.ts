import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { ConnectionRecord } from './gateway-store'
import { storeAdapters, type OpenedStore } from './testing/store-adapters'
import { grant, hashA, hashB, PRO, session, t0 } from './testing/store-records'

const connection = (
  businessID: string,
  businessName: string,
  grantID: string,
  at = t0,
  userID = PRO,
): ConnectionRecord => ({
  businessID,
  businessName,
  userID,
  grantID,
  connectedAt: at,
  renewedAt: at,
})

describe.each(storeAdapters)('the $name store’s connections', ({ open }) => {
  let opened: OpenedStore
  beforeEach(async () => {
    opened = await open()
  })
  afterEach(async () => {
    await opened.dispose()
  })

  it('keeps the grant and the connection when the pro signs out', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing', 'g1')])
    await store.deleteSession(hashA)
    expect(await store.findSession(hashA)).toBeUndefined()
    expect(await store.findGrant('g1')).toBeDefined()
    expect(await store.listConnections()).toEqual([connection('11', 'Rivera Plumbing', 'g1')])
  })

  it('renews a connection at the next sign-in: new grant, same connectedAt, unlisted businesses dropped', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.replaceConnections(PRO, [
      connection('11', 'Rivera Plumbing', 'g1'),
      connection('12', 'Rivera Drains', 'g1'),
    ])
    await store.createSession(session(hashB, 'g2'), grant('g2'))
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing & Co', 'g2', t0 + 50)])
    const other = await opened.openAnother()
    expect(await other.listConnections(PRO)).toEqual([
      { ...connection('11', 'Rivera Plumbing & Co', 'g2', t0 + 50), connectedAt: t0 },
    ])
    // g1 still has its session; once that ends, nothing uses g1 any more.
    expect(await store.unusedGrants(PRO)).toEqual([])
    await store.deleteSession(hashA)
    expect(await store.findGrant('g1')).toBeUndefined()
  })

  it('lists a business’s connections newest first, and every pro’s for staff by name', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.createSession({ ...session(hashB, 'g2'), subjectID: '4002' }, grant('g2', '4002'))
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing', 'g1')])
    await store.replaceConnections('4002', [
      connection('11', 'Rivera Plumbing', 'g2', t0 + 9, '4002'),
      connection('13', 'Lee Electric', 'g2', t0 + 9, '4002'),
    ])
    expect((await store.connectionsFor('11')).map((c) => c.userID)).toEqual(['4002', PRO])
    expect((await store.listConnections()).map((c) => c.businessName)).toEqual([
      'Lee Electric',
      'Rivera Plumbing',
      'Rivera Plumbing',
    ])
    expect(await store.connectionsFor('99')).toEqual([])
  })

  it('disconnects one business or all of a pro’s, and says which went', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.replaceConnections(PRO, [
      connection('11', 'Rivera Plumbing', 'g1'),
      connection('12', 'Rivera Drains', 'g1'),
    ])
    expect((await store.deleteConnections(PRO, '12')).map((c) => c.businessID)).toEqual(['12'])
    expect((await store.listConnections(PRO)).map((c) => c.businessID)).toEqual(['11'])
    expect((await store.deleteConnections(PRO)).map((c) => c.businessID)).toEqual(['11'])
    expect(await store.listConnections()).toEqual([])
    expect(await store.deleteConnections(PRO)).toEqual([])
  })

  it('finds grants nothing uses, and a refused grant takes its connections with it', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing', 'g1')])
    await store.deleteSession(hashA)
    expect(await store.unusedGrants(PRO)).toEqual([])
    await store.deleteConnections(PRO)
    expect((await store.unusedGrants(PRO)).map((g) => g.id)).toEqual(['g1'])
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing', 'g1')])
    await store.deleteGrant('g1')
    expect(await store.listConnections()).toEqual([])
  })

  it('housekeeping keeps a grant that a connection still uses', async () => {
    const { store } = opened
    await store.createSession(session(hashA, 'g1'), grant('g1'))
    await store.replaceConnections(PRO, [connection('11', 'Rivera Plumbing', 'g1')])
    expect(await store.deleteExpiredSessions(t0 + 9000)).toBe(1)
    expect(await store.findGrant('g1')).toBeDefined()
  })

  it('keeps staff roles that override the ID token’s claim', async () => {
    const { store } = opened
    expect(await store.findStaffRole('staff-1')).toBeUndefined()
    await store.putStaffRole('staff-1', 'viewer')
    await store.putStaffRole('staff-1', 'support')
    expect(await (await opened.openAnother()).findStaffRole('staff-1')).toBe('support')
  })
})
