import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { auditEntrySchema } from './audit/audit-entry.ts'
import { startAppServer } from './app-server.ts'
import { type RunningServer } from './listen.ts'
import { signInThroughConsent, type CookieSession } from './testing/consent-sign-in.ts'

// `npm start`'s default over a real socket, with the real sandbox as Thumbtack: its fault
// `errorPhase: "after"` carries the write out and then answers 503, losing the answer.

const listSchema = z.object({
  phoneNumbers: z.array(z.object({ phoneNumberID: z.string(), name: z.string() })),
})
const businessesSchema = z.object({ data: z.array(z.object({ businessID: z.string() })) })
const historySchema = z.object({ entries: z.array(auditEntrySchema) })

describe('a write whose answer the sandbox loses', () => {
  let server: RunningServer
  let pat: CookieSession
  beforeAll(async () => {
    server = await startAppServer({ dbPath: ':memory:', port: 0, host: '127.0.0.1' })
    pat = await signInThroughConsent(server.url, 'pat-rivera')
  })
  afterAll(async () => {
    await server.close()
  })

  const get = async <T>(path: string, schema: z.ZodType<T>) => {
    const r = await fetch(`${server.url}${path}`, { headers: pat.headers })
    expect(r.status).toBe(200)
    return schema.parse(await r.json())
  }

  it('is on record: the attempt, and an outcome that says unknown, while the rename did happen', async () => {
    const [rivera] = (await get('/api/v4/businesses', businessesSchema)).data
    const numbers = `/api/v4/businesses/${rivera?.businessID ?? ''}/associate-phone-numbers`
    const office = (await get(numbers, listSchema)).phoneNumbers.find(
      (n) => n.name === 'Office line',
    )
    const faults = await fetch(`${server.url}/sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ errorRate: 1, errorPhase: 'after' }),
    })
    expect(faults.status).toBe(200)

    const r = await fetch(`${server.url}${numbers}/${office?.phoneNumberID ?? ''}`, {
      method: 'PUT',
      headers: { ...pat.headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ phoneNumber: '+14155550142', name: 'Front desk' }),
    })
    expect(r.status).toBe(503)
    const requestID = r.headers.get('X-Request-ID')

    await fetch(`${server.url}/sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ errorRate: 0 }),
    })
    const after = (await get(numbers, listSchema)).phoneNumbers
    expect(after.find((n) => n.phoneNumberID === office?.phoneNumberID)?.name).toBe('Front desk')

    const query = `businessID=${rivera?.businessID ?? ''}&phoneNumberID=${office?.phoneNumberID ?? ''}`
    const { entries } = await get(`/auth/history?${query}`, historySchema)
    const mine = entries.filter((e) => e.requestID === requestID)
    expect(mine.map((e) => e.phase)).toEqual(['outcome', 'attempt'])
    expect(mine[1]).toMatchObject({
      actor: { kind: 'pro', name: 'Pat Rivera', role: 'pro' },
      businessName: 'Rivera Plumbing',
      before: { name: 'Office line' },
      after: { name: 'Front desk' },
    })
    expect(mine[0]).toMatchObject({ result: 'unknown', upstreamStatus: 503 })
    expect(mine[0]?.traceID).toMatch(/^[0-9a-f]{16}$/)
  })
})
