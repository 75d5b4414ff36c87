import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'

import { CSRF_HEADER, CSRF_HEADER_VALUE } from './csrf'
import { notActive } from './testing/fake-thumbtack'
import { startHarness, type Harness } from './testing/gateway-harness'

let h: Harness
let cookie: string
beforeEach(async () => {
  h = await startHarness()
  ;({ cookie } = await h.signIn())
  h.fake.apiCalls.length = 0
})
afterEach(async () => {
  await h.close()
})

const problemType = async (r: Response) => z.object({ type: z.string() }).parse(await r.json()).type

describe('CSRF: only the app itself may call', () => {
  it('refuses a call without the custom header, with 403 Problem Details and no CORS headers', async () => {
    const r = await h.call('/api/v4/users/self', { cookie, headers: { [CSRF_HEADER]: '' } })
    expect(r.status).toBe(403)
    expect(r.headers.get('Content-Type')).toBe('application/problem+json')
    expect(r.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(await problemType(r)).toBe('urn:numbers-console:problem:csrf-refused')
    expect(h.fake.apiCalls).toHaveLength(0)
  })

  it.each([
    ['https://evil.example'],
    ['http://localhost:8080'],
    ['http://127.0.0.1:5173'],
    ['null'],
  ])('refuses a write from Origin %s and writes nothing', async (origin) => {
    const r = await h.call('/api/v4/businesses/1/associate-phone-numbers', {
      method: 'POST',
      cookie,
      body: JSON.stringify({ phoneNumber: '+12025550143', name: 'Office' }),
      headers: { Origin: origin },
    })
    expect(r.status).toBe(403)
    expect(h.fake.apiCalls).toHaveLength(0)
  })

  it('a GET without Origin passes only when the browser says Sec-Fetch-Site: same-origin', async () => {
    const headers = { [CSRF_HEADER]: CSRF_HEADER_VALUE, Cookie: cookie }
    const bare = await h.gateway.app.request('/api/v4/users/self', { headers })
    expect(bare.status).toBe(403)
    const sameSite = await h.gateway.app.request('/api/v4/users/self', {
      headers: { ...headers, 'Sec-Fetch-Site': 'same-site' },
    })
    expect(sameSite.status).toBe(403)
    const same = await h.gateway.app.request('/api/v4/users/self', {
      headers: { ...headers, 'Sec-Fetch-Site': 'same-origin' },
    })
    expect(same.status).toBe(200)
  })

  it('refuses a logout from another origin, and the session lives on', async () => {
    const r = await h.call('/auth/logout', {
      method: 'POST',
      cookie,
      headers: { Origin: 'http://127.0.0.1:9' },
    })
    expect(r.status).toBe(403)
    expect((await h.call('/api/v4/users/self', { cookie })).status).toBe(200)
  })

  it('compares with PUBLIC_ORIGIN when one is configured', async () => {
    const other = await startHarness({
      fake: h.fake,
      extra: { publicOrigin: 'https://console.example.com' },
    })
    const r = await other.call('/api/v4/users/self', { headers: { Origin: 'http://localhost' } })
    expect(r.status).toBe(403)
    await other.close()
  })
})

describe('the proxy allows the seven contract calls only', () => {
  it.each([
    ['GET', '/api/v4/businesses/1/..%2f..%2fusers/self', 404],
    ['GET', '/api/v4/businesses/1%2Fassociate-phone-numbers', 404],
    ['GET', '/api/v4/businesses/1%5cassociate-phone-numbers', 404],
    ['GET', '/api/v4/businesses/@evil.example/associate-phone-numbers', 404],
    ['GET', '/api/v4//businesses', 404],
    ['GET', '/api/v4/businesses/12a/associate-phone-numbers', 404],
    ['GET', '/api/v4/businesses/1/associate-phone-numbers/%2e%2e', 404],
    ['GET', '/api/v5/businesses', 404],
    ['GET', '/api/sandbox/reset', 404],
    ['PATCH', '/api/v4/businesses/1/associate-phone-numbers/2', 405],
    ['DELETE', '/api/v4/businesses/1/associate-phone-numbers', 405],
    ['GET', '/api/v4/businesses?limit=20&redirect=https://evil.example', 400],
  ])('%s %s → %i, never forwarded', async (method, path, status) => {
    const r = await h.call(path, { method, cookie })
    expect(r.status).toBe(status)
    expect(r.headers.get('Content-Type')).toBe('application/problem+json')
    expect(h.fake.apiCalls).toHaveLength(0)
  })

  it('names the allowed methods on a 405', async () => {
    const r = await h.call('/api/v4/businesses/1/associate-phone-numbers/2', {
      method: 'PATCH',
      cookie,
    })
    expect(r.headers.get('Allow')).toBe('PUT, DELETE')
  })

  it.each([
    ['GET', '/api/v4/businesses?limit=20'],
    ['GET', '/api/v4/users/self'],
    ['GET', '/api/v4/businesses/5343987659230309812/associate-phone-numbers'],
    ['POST', '/api/v4/businesses/1/associate-phone-numbers'],
    ['PUT', '/api/v4/businesses/1/associate-phone-numbers/2'],
    ['DELETE', '/api/v4/businesses/1/associate-phone-numbers/2'],
    ['POST', '/api/v4/businesses/1/associate-phone-numbers-bulk-create'],
  ])('forwards %s %s', async (method, path) => {
    const body =
      method === 'POST' || method === 'PUT'
        ? '{"phoneNumber":"+12025550143","name":"x"}'
        : undefined
    const r = await h.call(path, { method, cookie, ...(body === undefined ? {} : { body }) })
    expect(r.status).toBe(200)
    const [seen] = h.fake.apiCalls
    expect(seen?.method).toBe(method)
    expect(seen?.path).toBe(path.split('?')[0])
    if (body !== undefined) expect(seen?.body).toBe(body)
  })

  it('sends the session’s token, not the browser’s cookies or Authorization', async () => {
    await h.call('/api/v4/users/self', {
      cookie: `${cookie}; other=1`,
      headers: { Authorization: 'Bearer from-the-browser', 'X-Forwarded-Host': 'evil.example' },
    })
    const headers = h.fake.apiCalls[0]?.headers ?? {}
    expect(headers.cookie).toBeUndefined()
    expect(headers['x-forwarded-host']).toBeUndefined()
    expect(h.fake.activeAccess.has((headers.authorization ?? '').replace('Bearer ', ''))).toBe(true)
  })

  it('passes a Problem, its traceID and Retry-After through unchanged', async () => {
    const problem =
      '{"type":"https://api.thumbtack.com/problems/rate-limited","status":429,"traceID":"feca66787a0a9ee8"}'
    const headers = {
      'Content-Type': 'application/problem+json',
      'Retry-After': '7',
      'Set-Cookie': 'up=1',
    }
    h.fake.canned.push({ status: 429, body: problem, headers })
    const r = await h.call('/api/v4/users/self', { cookie })
    expect(r.status).toBe(429)
    expect(await r.text()).toBe(problem)
    expect(r.headers.get('Retry-After')).toBe('7')
    expect(r.headers.get('Content-Type')).toBe('application/problem+json')
    expect(r.headers.get('Set-Cookie')).toBeNull()
  })

  it.each([
    [202, '', 502, 'upstream-challenge'],
    [451, '', 451, 'upstream-legal'],
    [502, '{"error":"proxy_oauth_failed","detail":"audience"}', 502, 'upstream-gateway'],
  ])('upstream %i becomes a %i Problem, never a success', async (status, body, expected, kind) => {
    h.fake.canned.push({ status, body })
    const r = await h.call('/api/v4/businesses/1/associate-phone-numbers', {
      method: 'POST',
      cookie,
      body: '{}',
    })
    expect(r.status).toBe(expected)
    expect(await problemType(r)).toBe(`urn:numbers-console:problem:${kind}`)
  })

  it('says sign in on a call with no session', async () => {
    const r = await h.call('/api/v4/users/self')
    expect(r.status).toBe(401)
    expect(await problemType(r)).toBe('urn:numbers-console:problem:sign-in-required')
  })

  it('replays once after "token is not active" and passes the second 401 on', async () => {
    h.fake.canned.push({ status: 401, body: notActive }, { status: 401, body: notActive })
    const r = await h.call('/api/v4/users/self', { cookie })
    expect(r.status).toBe(401)
    expect(h.fake.apiCalls).toHaveLength(2)
    expect(h.fake.tokenCalls.filter((c) => c.grantType === 'refresh_token')).toHaveLength(1)
  })
})
