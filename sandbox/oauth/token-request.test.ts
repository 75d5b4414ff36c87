import { describe, expect } from 'vitest'
import { test } from '../testing/harness.ts'
import { basic, codeFor, expectOAuthError, tokenCall } from '../testing/oauth-flow.ts'

// What the token endpoint refuses before looking at any grant: client authentication
// (client_secret_basic only) and the request's shape.

describe('client authentication: HTTP Basic only', () => {
  test.for([
    ['a wrong secret', basic(undefined, 'guess')],
    ['another client', basic('other-client')],
    ['no Authorization', ''],
    ['Bearer instead of Basic', 'Bearer abc'],
    ['no colon', `Basic ${Buffer.from('numbers-console-sandbox').toString('base64')}`],
  ])(
    'answers 401 invalid_client with WWW-Authenticate: Basic for %s',
    async ([_label, authorization], { h }) => {
      const code = await codeFor(h, 'pat-rivera')
      const res = await tokenCall(h, { grant_type: 'authorization_code', code }, { authorization })
      await expectOAuthError(res, 401, 'invalid_client')
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="/)
    },
  )

  test('refuses a client_secret in the body (client_secret_post)', async ({ h }) => {
    const res = await tokenCall(h, {
      grant_type: 'refresh_token',
      refresh_token: 'x',
      client_secret: 's',
    })
    const body = await expectOAuthError(res, 401, 'invalid_client')
    expect(body.error_description).toMatch(/client_secret_basic/)
  })
})

describe('request shape', () => {
  test('refuses a JSON body, a repeated parameter, and an unknown or missing grant type', async ({
    h,
  }) => {
    const json = await h.app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: basic() },
      body: '{"grant_type":"refresh_token"}',
    })
    await expectOAuthError(json, 400, 'invalid_request')
    const twice = await h.app.request('/oauth2/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: basic() },
      body: 'grant_type=refresh_token&grant_type=authorization_code',
    })
    await expectOAuthError(twice, 400, 'invalid_request')
    await expectOAuthError(
      await tokenCall(h, { grant_type: 'password' }),
      400,
      'unsupported_grant_type',
    )
    await expectOAuthError(
      await tokenCall(h, { grant_type: 'client_credentials' }),
      400,
      'unauthorized_client',
    )
    await expectOAuthError(await tokenCall(h, {}), 400, 'invalid_request')
  })

  test('answers GET with 405 and Allow: POST', async ({ h }) => {
    const res = await h.app.request('/oauth2/token')
    await expectOAuthError(res, 405, 'invalid_request')
    expect(res.headers.get('allow')).toBe('POST')
  })
})
