import { describe, expect } from 'vitest'
import { phoneNumberListSchema } from '../contract/phone-numbers.ts'
import { numbersPath, RIVERA, type Harness, test } from '../testing/harness.ts'
import { signInWithOAuth, tokenCall, tokensOf } from '../testing/oauth-flow.ts'
import { thumbtackUnauthorizedSchema } from './token-schemas.ts'

// The sandbox API accepts tokens from /oauth2/token with exactly the scopes granted, and
// answers an expired or revoked one with Thumbtack's documented 401.

const WRITE = 'supply::businesses/associate-phone-numbers.write'
const call = (h: Harness, method: string, path: string, token: string, json?: unknown) =>
  h.app.request(path, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  })
const newNumber = { phoneNumber: '+12065550142', name: 'From OAuth' }

describe('access tokens from the authorization server', () => {
  test('let a pro read and change their own business', async ({ h }) => {
    const { access_token: token } = await signInWithOAuth(h, 'pat-rivera')
    expect((await call(h, 'POST', numbersPath(RIVERA), token, newNumber)).status).toBe(201)
    const list = phoneNumberListSchema.parse(
      await (await call(h, 'GET', numbersPath(RIVERA), token)).json(),
    )
    expect(list.phoneNumbers.map((n) => n.name)).toContain('From OAuth')
    expect((await call(h, 'GET', numbersPath('5343987659230311447'), token)).status).toBe(403)
  })

  test('give the read-only Riley Chen only .read: the grant leaves out write even when asked', async ({
    h,
  }) => {
    const tokens = await signInWithOAuth(h, 'riley-chen')
    expect(tokens.scope.split(' ')).not.toContain(WRITE)
    expect(tokens.scope.split(' ')).toContain('supply::businesses/associate-phone-numbers.read')
    expect((await call(h, 'GET', numbersPath(RIVERA), tokens.access_token)).status).toBe(200)
    const res = await call(h, 'POST', numbersPath(RIVERA), tokens.access_token, newNumber)
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: `required scope(s) [${WRITE}] not found`,
    })
    expect(res.headers.get('www-authenticate')).toBe(
      `Bearer error="insufficient_scope", scope="${WRITE}"`,
    )
  })

  test('hold only the scopes asked for, even for a pro who could have more', async ({ h }) => {
    const tokens = await signInWithOAuth(h, 'pat-rivera', { scope: 'supply::businesses.list' })
    expect((await call(h, 'GET', '/api/v4/businesses', tokens.access_token)).status).toBe(200)
    const res = await call(h, 'GET', numbersPath(RIVERA), tokens.access_token)
    expect(thumbtackUnauthorizedSchema.parse(await res.json()).detail).toBe(
      'required scope(s) [supply::businesses/associate-phone-numbers.read] not found',
    )
  })

  test('expire after 3600 s with exactly Thumbtack’s body, and no traceID', async ({ h }) => {
    const { access_token: token } = await signInWithOAuth(h, 'morgan-lee')
    h.advanceClock(3600 * 1000 - 1)
    expect((await call(h, 'GET', '/api/v4/users/self', token)).status).toBe(200)
    h.advanceClock(1)
    const res = await call(h, 'GET', '/api/v4/users/self', token)
    expect(res.status).toBe(401)
    expect(res.headers.get('content-type')).toBe('application/problem+json')
    expect(await res.json()).toStrictEqual({
      type: 'about:blank',
      title: 'Unauthorized',
      status: 401,
      detail: 'invalid token. failure reason(s): [token is not active]',
    })
  })

  test('leave the demo sign-ins’ persona tokens as they were', async ({ h }) => {
    expect((await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })).status).toBe(200)
    const res = await h.send('POST', numbersPath(RIVERA), { as: 'riley-chen', json: newNumber })
    expect(((await res.json()) as { type: string }).type).toMatch(/insufficient-scope$/)
  })
})

describe('POST /oauth2/revoke (RFC 7009, a sandbox extra)', () => {
  const revoke = (h: Harness, token: string) => tokenCall(h, { token }, { path: '/oauth2/revoke' })

  test('revoking a refresh token ends the whole sign-in, access token included', async ({ h }) => {
    const tokens = await signInWithOAuth(h, 'pat-rivera')
    const res = await revoke(h, tokens.refresh_token ?? '')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect((await call(h, 'GET', '/api/v4/users/self', tokens.access_token)).status).toBe(401)
    const refresh = { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }
    expect((await tokenCall(h, refresh)).status).toBe(400)
  })

  test('revoking an access token ends only that token', async ({ h }) => {
    const tokens = await signInWithOAuth(h, 'pat-rivera')
    expect((await revoke(h, tokens.access_token)).status).toBe(200)
    expect((await call(h, 'GET', '/api/v4/users/self', tokens.access_token)).status).toBe(401)
    const refresh = { grant_type: 'refresh_token', refresh_token: tokens.refresh_token ?? '' }
    const next = await tokensOf(await tokenCall(h, refresh))
    expect((await call(h, 'GET', '/api/v4/users/self', next.access_token)).status).toBe(200)
  })

  test('answers 200 for an unknown token, and 401 invalid_client without the client’s Basic auth', async ({
    h,
  }) => {
    expect((await revoke(h, 'sbx_rt_nothing')).status).toBe(200)
    const res = await tokenCall(h, { token: 'x' }, { path: '/oauth2/revoke', authorization: '' })
    expect(res.status).toBe(401)
    expect(res.headers.get('www-authenticate')).toMatch(/^Basic/)
  })
})
