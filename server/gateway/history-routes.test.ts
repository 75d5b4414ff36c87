import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { auditEntry, SAM } from '../audit/testing/audit-entries'
import type { GatewayStore } from '../store/gateway-store'
import { CSRF_HEADER } from './csrf'
import type { Harness } from './testing/gateway-harness'
import { startSignedIn } from './testing/signed-in-harness'
import { staffSession } from './testing/staff-session'

const page = z.object({
  entries: z.array(
    z.looseObject({
      action: z.string(),
      businessID: z.string().nullable(),
      actor: z.looseObject({ name: z.string() }),
    }),
  ),
  nextCursor: z.string().nullable(),
})
const problem = z.object({ type: z.string(), detail: z.string() })

let h: Harness
let store: GatewayStore
let cookie: string
beforeEach(async () => {
  ;({ h, store, cookie } = await startSignedIn())
  const at = h.clock.now
  // Business 1 and 2 are the signed-in pro's (the fake's GET /businesses); 3 is not.
  await store.audit.append(auditEntry({ at, businessID: '1', actor: SAM }))
  await store.audit.append(auditEntry({ at: at + 1, businessID: '1', action: 'delete' }))
  await store.audit.append(auditEntry({ at: at + 2, businessID: '3', businessName: 'Other' }))
})
afterEach(async () => {
  await h.close()
})

const read = async (query: string, as = cookie) => {
  const r = await h.call(`/auth/history${query}`, { cookie: as })
  expect(r.status).toBe(200)
  return page.parse(await r.json()).entries
}

describe('GET /auth/history', () => {
  it('a pro reads their own businesses only, newest first', async () => {
    const rows = await read('')
    expect(rows.map((e) => e.businessID)).not.toContain('3')
    const one = await read('?businessID=1')
    expect(one.map((e) => [e.action, e.actor.name])).toEqual([
      ['delete', 'Pat Rivera'],
      ['update', 'Sam Ortiz'],
      ['connect', 'Ana Rivera'],
      ['sign-in', 'Ana Rivera'],
    ])
  })

  it('another business’s history is refused plainly', async () => {
    const r = await h.call('/auth/history?businessID=3', { cookie })
    expect(r.status).toBe(404)
    expect(problem.parse(await r.json()).detail).toBe(
      'This business is not one of yours, so its history is not shown.',
    )
  })

  it('staff see every business', async () => {
    const staff = await staffSession(store, h.clock.now)
    expect((await read('?businessID=3', staff)).map((e) => e.businessID)).toEqual(['3'])
  })

  it('filters by who, what and when', async () => {
    expect((await read('?businessID=1&who=staff')).map((e) => e.actor.name)).toEqual(['Sam Ortiz'])
    expect((await read('?businessID=1&who=pro:4001')).map((e) => e.action)).toEqual([
      'delete',
      'connect',
      'sign-in',
    ])
    expect(await read('?businessID=1&who=pro:4002')).toEqual([])
    expect((await read('?businessID=1&action=delete')).map((e) => e.action)).toEqual(['delete'])
    const at = h.clock.now
    const from = new Date(at + 1).toISOString()
    expect((await read(`?businessID=1&from=${from}`)).map((e) => e.action)).toEqual(['delete'])
    expect(await read('?businessID=1&to=2020-01-01')).toEqual([])
  })

  it('pages with the cursor it gives out', async () => {
    const r = await h.call('/auth/history?businessID=1&limit=2', { cookie })
    const first = page.parse(await r.json())
    expect(first.entries).toHaveLength(2)
    const rest = await read(`?businessID=1&limit=2&cursor=${first.nextCursor ?? ''}`)
    expect(rest.map((e) => e.action)).toEqual(['connect', 'sign-in'])
  })

  it.each([
    ['?businessID=abc', '"businessID" must be digits.'],
    ['?who=anyone', '"who" must be pro, staff, pro:<id> or staff:<id>.'],
    ['?cursor=1%20OR%201', '"cursor" must be a cursor this server gave out.'],
    ['?limit=5000', '"limit"'],
    ['?from=yesterday', '"from"'],
    ['?sort=name', 'Unknown parameter: sort.'],
    ['?action=update&action=delete', 'Give each parameter once: action.'],
  ])('%s is refused with a message that names it', async (query, message) => {
    const r = await h.call(`/auth/history${query}`, { cookie })
    expect(r.status).toBe(400)
    expect(problem.parse(await r.json()).detail).toContain(message)
  })

  it('asks for a sign-in, and refuses a call without the app’s header', async () => {
    expect((await h.call('/auth/history')).status).toBe(401)
    expect((await h.call('/auth/history', { cookie, headers: { [CSRF_HEADER]: '' } })).status).toBe(
      403,
    )
  })
})

describe('GET /auth/history.csv', () => {
  it('exports the filtered rows, formula-safe, with a BOM and the business in the file name', async () => {
    await store.audit.append(
      auditEntry({
        at: h.clock.now + 5,
        businessID: '1',
        after: { phoneNumber: '+14155550100', name: '=HYPERLINK("http://evil.test")' },
      }),
    )
    const r = await h.call('/auth/history.csv?businessID=1', { cookie })
    expect(r.status).toBe(200)
    expect(r.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(r.headers.get('Content-Disposition')).toBe(
      'attachment; filename="rivera-plumbing-history-2026-05-01.csv"',
    )
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await r.arrayBuffer())
    expect(text.startsWith('\uFEFFTime (UTC),Row,Request ID,Who')).toBe(true)
    const lines = text.trim().split('\r\n')
    // Header, the new row, delete, update, the pro's connect and sign-in.
    expect(lines).toHaveLength(6)
    expect(text).toContain(`"'=HYPERLINK(""http://evil.test"") (+14155550100)"`)
    expect(text).not.toContain('Other')
  })
})
