import { describe, expect } from 'vitest'
import { test } from '../testing/harness.ts'
import { authorizePath, consent, redirectQuery, STATE } from '../testing/oauth-flow.ts'

// RFC 6749 section 4.1.2.1: until client_id and redirect_uri are known good the error is
// a page (redirecting would make the sandbox an open redirector); after that, it goes
// back to the client as ?error=…&state=….

async function expectErrorPage(res: Response, message: RegExp) {
  expect(res.status).toBe(400)
  expect(res.headers.get('location')).toBeNull()
  const text = await res.text()
  expect(text).toContain('<h1>This sign-in link does not work</h1>')
  expect(text).toMatch(message)
}

describe('errors shown on a page, never redirected', () => {
  test.for<[string, Record<string, string | undefined>]>([
    ['no client_id', { client_id: undefined }],
    ['an unknown client_id', { client_id: 'someone-else' }],
  ])('%s', async ([_label, overrides], { h }) => {
    await expectErrorPage(await h.app.request(authorizePath(overrides)), /does not know/)
  })

  test.for([
    ['missing', undefined],
    ['another path', 'http://127.0.0.1:4999/auth/other'],
    ['another host', 'http://evil.example/auth/callback'],
    ['https on loopback', 'https://127.0.0.1:4999/auth/callback'],
    ['a query added', 'http://127.0.0.1:4999/auth/callback?next=/'],
    ['userinfo', 'http://a@127.0.0.1:4999/auth/callback'],
    ['a padded port', 'http://127.0.0.1:04999/auth/callback'],
    ['a trailing slash', 'http://127.0.0.1:4999/auth/callback/'],
  ])('a redirect_uri that is not registered: %s', async ([_label, redirectURI], { h }) => {
    const res = await h.app.request(authorizePath({ redirect_uri: redirectURI }))
    await expectErrorPage(res, /not registered/)
  })

  test('the same checks apply to the consent form, so a tampered form cannot redirect anywhere', async ({
    h,
  }) => {
    const res = await consent(
      h,
      { persona: 'pat-rivera' },
      { redirect_uri: 'http://evil.example/auth/callback' },
    )
    await expectErrorPage(res, /not registered/)
  })

  test('a repeated redirect_uri', async ({ h }) => {
    const path = `${authorizePath()}&redirect_uri=${encodeURIComponent('http://127.0.0.1:1/auth/callback')}`
    await expectErrorPage(await h.app.request(path), /not registered/)
  })
})

describe('errors redirected to the client with the state', () => {
  test.for<[string, Record<string, string | undefined>, string, RegExp]>([
    ['response_type token', { response_type: 'token' }, 'unsupported_response_type', /code/],
    ['no audience', { audience: undefined }, 'invalid_request', /audience must be urn:partner-api/],
    ['another audience', { audience: 'urn:other' }, 'invalid_request', /audience/],
    ['an unknown scope', { scope: 'supply::everything' }, 'invalid_scope', /supply::everything/],
    ['no scope', { scope: undefined }, 'invalid_scope', /at least one/],
    ['plain PKCE', { code_challenge_method: 'plain' }, 'invalid_request', /S256/],
    ['PKCE with no method', { code_challenge_method: undefined }, 'invalid_request', /S256/],
    ['a malformed challenge', { code_challenge: 'short' }, 'invalid_request', /43/],
    ['a method without challenge', { code_challenge: undefined }, 'invalid_request', /without/],
  ])('%s', async ([_label, overrides, error, description], { h }) => {
    const query = redirectQuery(await h.app.request(authorizePath(overrides)))
    expect(query.get('error')).toBe(error)
    expect(query.get('error_description')).toMatch(description)
    expect(query.get('state')).toBe(STATE)
    expect(query.get('code')).toBeNull()
  })

  test.for(['', 'a', 'seven77'])(
    'a state shorter than 8 characters (%j), echoed back',
    async (state, { h }) => {
      const res = await h.app.request(authorizePath({ state }))
      expect(res.status).toBe(302)
      const query = redirectQuery(res)
      expect(query.get('error')).toBe('invalid_request')
      expect(query.get('error_description')).toBe('state must be at least 8 characters.')
      expect(query.get('state')).toBe(state)
    },
  )

  test('no state at all: the error has no state either', async ({ h }) => {
    const query = redirectQuery(await h.app.request(authorizePath({ state: undefined })))
    expect(query.get('error')).toBe('invalid_request')
    expect(query.has('state')).toBe(false)
  })

  test('an 8-character state is enough, and PKCE is optional', async ({ h }) => {
    const ok = await h.app.request(
      authorizePath({
        state: '12345678',
        code_challenge: undefined,
        code_challenge_method: undefined,
      }),
    )
    expect(ok.status).toBe(200)
  })

  test('a repeated parameter', async ({ h }) => {
    const query = redirectQuery(await h.app.request(`${authorizePath()}&scope=offline_access`))
    expect(query.get('error')).toBe('invalid_request')
    expect(query.get('error_description')).toBe('Send scope only once.')
  })

  test('the consent form re-checks: a short state added to it is refused, not given a code', async ({
    h,
  }) => {
    const query = redirectQuery(await consent(h, { persona: 'pat-rivera' }, { state: 'short' }))
    expect(query.get('error')).toBe('invalid_request')
    expect(query.get('code')).toBeNull()
  })
})
