import { describe, expect } from 'vitest'
import { z } from 'zod'

import type { Harness } from './testing/gateway-harness'
import { JORDAN, SAM, test } from './testing/staff-gateway-test'
const numbers = (id: string) => `/api/v4/businesses/${id}/associate-phone-numbers`
const rename = {
  method: 'PUT',
  body: JSON.stringify({ phoneNumber: '+12065550142', name: 'Front desk' }),
}
const problemSchema = z.object({ type: z.string(), status: z.number(), detail: z.string() })
const businessesSchema = z.object({
  data: z.array(z.object({ businessID: z.string(), name: z.string() })),
  pagination: z.object({ total: z.number() }),
})

/** The pro signs in (connecting businesses 1 and 2) and signs out again. */
async function proConnectsAndLeaves(h: Harness) {
  const pro = await h.signIn()
  await h.call('/auth/logout', { method: 'POST', cookie: pro.cookie })
  return pro
}

describe('staff acting through a pro’s connection', () => {
  test('lists only connected businesses, and none before any pro has signed in', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    const { cookie } = await signInAsStaff(SAM.subject)
    const none = businessesSchema.parse(
      await (await h.call('/api/v4/businesses', { cookie })).json(),
    )
    expect(none.data).toEqual([])
    await proConnectsAndLeaves(h)
    const some = businessesSchema.parse(
      await (await h.call('/api/v4/businesses', { cookie })).json(),
    )
    expect(some.data.map((b) => [b.businessID, b.name])).toEqual([
      ['2', 'Rivera Electric'],
      ['1', 'Rivera Plumbing'],
    ])
    expect(some.pagination.total).toBe(2)
  })

  test('sends a support write with the connection’s token after the pro signed out', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    await proConnectsAndLeaves(h)
    const { cookie } = await signInAsStaff(SAM.subject)
    const before = h.fake.apiCalls.length
    const r = await h.call(`${numbers('1')}/77`, { ...rename, cookie })
    expect(r.status).toBe(200)
    const sent = h.fake.apiCalls.slice(before)
    expect(sent.map((call) => `${call.method} ${call.path}`)).toEqual([
      `PUT /api/v4/businesses/1/associate-phone-numbers/77`,
    ])
    // The pro's token, which the fake accepts, not anything of the staff member's.
    const bearer = sent[0]?.headers.authorization?.replace('Bearer ', '') ?? ''
    expect(h.fake.activeAccess.has(bearer)).toBe(true)
  })

  test('refuses a viewer’s write with 403 before any upstream call, and lets them read', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    await proConnectsAndLeaves(h)
    const { cookie } = await signInAsStaff(JORDAN.subject)
    const before = h.fake.apiCalls.length
    for (const init of [rename, { method: 'DELETE' }]) {
      const r = await h.call(`${numbers('1')}/77`, { ...init, cookie })
      expect(r.status).toBe(403)
      const body = problemSchema.parse(await r.json())
      expect(body.type).toBe('urn:numbers-console:problem:view-only')
      expect(body.detail).toBe(
        'Jordan Park is a viewer: viewers may look at numbers, not change them.',
      )
    }
    expect(h.fake.apiCalls.length).toBe(before)
    expect((await h.call(numbers('1'), { cookie })).status).toBe(200)
  })

  test('answers a business nobody connected with a plain not-connected Problem, nothing sent', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    await proConnectsAndLeaves(h)
    const { cookie } = await signInAsStaff(SAM.subject)
    const before = h.fake.apiCalls.length
    const r = await h.call(numbers('3'), { cookie })
    expect(r.status).toBe(409)
    expect(problemSchema.parse(await r.json())).toMatchObject({
      type: 'urn:numbers-console:problem:not-connected',
      detail: expect.stringContaining(
        'Business 3 is not connected: its pro has disconnected it',
      ) as string,
    })
    expect(h.fake.apiCalls.length).toBe(before)
  })

  test('a pro’s Disconnect revokes at Thumbtack, forgets the grant, and staff are told plainly', async ({
    staffGateway: { h, store, signInAsStaff },
  }) => {
    const pro = await h.signIn()
    const [refresh] = [...h.fake.liveRefresh]
    const staff = await signInAsStaff(SAM.subject)
    expect((await h.call(numbers('1'), { cookie: staff.cookie })).status).toBe(200)

    const one = await h.call('/auth/connections/2', { method: 'DELETE', cookie: pro.cookie })
    expect(await one.json()).toMatchObject({
      signedOut: false,
      disconnected: [{ businessID: '2' }],
    })
    expect(h.fake.revoked).toEqual([])
    const all = await h.call('/auth/connections', { method: 'DELETE', cookie: pro.cookie })
    expect(await all.json()).toMatchObject({ signedOut: true, disconnected: [{ businessID: '1' }] })
    expect(h.fake.revoked).toEqual([refresh])
    expect(await store.listConnections()).toEqual([])
    expect(
      await store.findGrant((await store.unusedGrants('4001'))[0]?.id ?? 'none'),
    ).toBeUndefined()

    const r = await h.call(numbers('1'), { cookie: staff.cookie })
    expect(r.status).toBe(409)
    expect(problemSchema.parse(await r.json()).type).toBe(
      'urn:numbers-console:problem:not-connected',
    )
    // The revoked refresh token was the pro's own sign-in too.
    expect((await h.call('/api/v4/users/self', { cookie: pro.cookie })).status).toBe(401)
  })

  test('refreshes the connection’s token for staff, and a refused refresh ends the connection', async ({
    staffGateway: { h, store, signInAsStaff },
  }) => {
    await proConnectsAndLeaves(h)
    const { cookie } = await signInAsStaff(SAM.subject)
    h.clock.now += 3600_000
    expect((await h.call(numbers('1'), { cookie })).status).toBe(200)
    expect(h.fake.tokenCalls.filter((t) => t.grantType === 'refresh_token')).toHaveLength(1)
    // Thumbtack forgets the grant (the pro revoked it there): the next renewal is refused.
    h.fake.liveRefresh.clear()
    h.clock.now += 3600_000
    const r = await h.call(numbers('1'), { cookie })
    expect(r.status).toBe(409)
    expect(problemSchema.parse(await r.json()).type).toBe(
      'urn:numbers-console:problem:not-connected',
    )
    expect(await store.listConnections()).toEqual([])
    // The staff member is still signed in: only the connection ended.
    expect((await h.call('/api/v4/businesses', { cookie })).status).toBe(200)
  })

  test('shows a pro their connections and since when; staff may not disconnect', async ({
    staffGateway: { h, store, signInAsStaff },
  }) => {
    const pro = await h.signIn()
    const mine = z
      .object({
        connections: z.array(z.object({ businessName: z.string(), connectedAt: z.string() })),
      })
      .parse(await (await h.call('/auth/connections', { cookie: pro.cookie })).json())
    expect(mine.connections).toEqual([
      expect.objectContaining({
        businessName: 'Rivera Electric',
        connectedAt: new Date(h.clock.now).toISOString(),
      }),
      expect.objectContaining({ businessName: 'Rivera Plumbing' }),
    ])
    const staff = await signInAsStaff(SAM.subject)
    const r = await h.call('/auth/connections/1', { method: 'DELETE', cookie: staff.cookie })
    expect(r.status).toBe(403)
    expect(await store.listConnections()).toHaveLength(2)
  })

  test('records the sign-ins, connections and the disconnection in the history', async ({
    staffGateway: { h, store, signInAsStaff },
  }) => {
    const pro = await h.signIn()
    await signInAsStaff(SAM.subject)
    await h.call('/auth/connections/1', { method: 'DELETE', cookie: pro.cookie })
    const rows = await store.audit.list({ limit: 50 })
    const seen = rows.entries.map((e) => [e.action, e.actor.name, e.businessID])
    expect(seen).toEqual(
      expect.arrayContaining([
        ['sign-in', 'Ana Rivera', '1'],
        ['connect', 'Ana Rivera', '1'],
        ['connect', 'Ana Rivera', '2'],
        ['sign-in', 'Sam Ortiz', null],
        ['disconnect', 'Ana Rivera', '1'],
      ]),
    )
  })
})
