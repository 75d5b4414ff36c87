import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import type { GatewayStore } from '../store/gateway-store'
import {
  jsonAnswer as json,
  numbersPath as numbers,
  officeRecord as office,
  rowsOf as rowsIn,
} from './testing/audit-rows'
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

const rowsOf = (requestID: string | null) => rowsIn(store, requestID)

async function listOnce() {
  h.fake.canned.push({ status: 200, ...json({ phoneNumbers: [office] }) })
  expect((await h.call(numbers, { cookie })).status).toBe(200)
}

describe('every write through the gateway is on record', () => {
  it('a rename: the attempt row is there before Thumbtack is called, the outcome after', async () => {
    await listOnce()
    let rowsWhenCalled = -1
    h.fake.onApiCall = async () => {
      rowsWhenCalled = (await store.audit.list({ limit: 50, action: 'update' })).entries.length
    }
    h.fake.canned.push({ status: 200, ...json({ ...office, name: 'Front desk' }) })
    const r = await h.call(`${numbers}/77`, {
      method: 'PUT',
      cookie,
      body: JSON.stringify({ phoneNumber: '+14155550100', name: 'Front desk' }),
    })
    expect(r.status).toBe(200)
    expect(rowsWhenCalled).toBe(1)
    const [attempt, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    const common = {
      action: 'update',
      actor: { kind: 'pro', id: '4001', name: 'Ana Rivera', role: 'pro' },
      businessID: '1',
      businessName: 'Rivera Plumbing',
      phoneNumberID: '77',
      phoneNumber: '+14155550100',
      before: { phoneNumber: '+14155550100', name: 'Office', isDeleted: false },
    }
    expect(attempt).toMatchObject({
      ...common,
      phase: 'attempt',
      after: { phoneNumber: '+14155550100', name: 'Front desk' },
      result: null,
    })
    expect(outcome).toMatchObject({
      ...common,
      phase: 'outcome',
      upstreamStatus: 200,
      result: 'done',
      after: { name: 'Front desk' },
    })
  })

  it('a create learns its number ID from the answer', async () => {
    h.fake.canned.push({ status: 201, ...json({ ...office, phoneNumberID: '78' }) })
    const r = await h.call(numbers, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ phoneNumber: '+14155550100', name: 'Office' }),
    })
    const [attempt, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    expect(attempt).toMatchObject({ action: 'create', phoneNumberID: null, before: null })
    expect(outcome).toMatchObject({ phoneNumberID: '78', upstreamStatus: 201, result: 'done' })
  })

  it('a second rename starts from what the first one made', async () => {
    await listOnce()
    const rename = async (name: string) => {
      h.fake.canned.push({ status: 200, ...json({ ...office, name }) })
      const body = JSON.stringify({ phoneNumber: office.phoneNumber, name })
      const r = await h.call(`${numbers}/77`, { method: 'PUT', cookie, body })
      return rowsOf(r.headers.get('X-Request-ID'))
    }
    await rename('Front desk')
    const [attempt] = await rename('Reception')
    expect(attempt?.before).toMatchObject({ name: 'Front desk' })
    expect(attempt?.after).toMatchObject({ name: 'Reception' })
  })

  it('a delete keeps what was removed', async () => {
    await listOnce()
    const removed = await h.call(`${numbers}/77`, { method: 'DELETE', cookie })
    const [, outcome] = await rowsOf(removed.headers.get('X-Request-ID'))
    expect(outcome).toMatchObject({
      action: 'delete',
      phoneNumber: '+14155550100',
      after: { name: 'Office', isDeleted: true },
      result: 'done',
    })
  })

  it('a bulk create records every number asked for and every number made', async () => {
    const asked = [
      { phoneNumber: '+14155550101', name: 'Van' },
      { phoneNumber: '+14155550102', name: 'Shop' },
    ]
    const made = asked.map((n, i) => ({ ...office, ...n, phoneNumberID: String(80 + i) }))
    h.fake.canned.push({ status: 201, ...json({ phoneNumbers: made }) })
    const r = await h.call(`${numbers}-bulk-create`, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ phoneNumbers: asked }),
    })
    const [attempt, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    expect(attempt).toMatchObject({ action: 'bulk-create', after: { phoneNumbers: asked } })
    expect(outcome?.after).toEqual({
      phoneNumbers: asked.map((n) => ({ ...n, isDeleted: false })),
    })
  })

  it('a refusal keeps Thumbtack’s status and traceID, and says nothing changed', async () => {
    const problem = { type: 'x', status: 409, traceID: 'feca66787a0a9ee8', detail: 'taken' }
    h.fake.canned.push({ status: 409, ...json(problem) })
    const r = await h.call(numbers, {
      method: 'POST',
      cookie,
      body: JSON.stringify({ phoneNumber: '+14155550100', name: 'Office' }),
    })
    expect(r.status).toBe(409)
    const [, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    expect(outcome).toMatchObject({
      upstreamStatus: 409,
      traceID: 'feca66787a0a9ee8',
      result: 'refused',
      after: null,
    })
  })

  it('a 503 after the write (errorPhase "after") is on record as unknown', async () => {
    h.fake.canned.push({ status: 503, ...json({ status: 503, traceID: '0123456789abcdef' }) })
    const r = await h.call(`${numbers}/77`, { method: 'DELETE', cookie })
    const [attempt, outcome] = await rowsOf(r.headers.get('X-Request-ID'))
    expect(attempt?.phase).toBe('attempt')
    expect(outcome).toMatchObject({ upstreamStatus: 503, result: 'unknown' })
    expect(outcome?.detail).toMatch(/may or may not have been saved/)
  })
})
