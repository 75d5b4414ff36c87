import { afterEach, describe, expect, it } from 'vitest'
import { createSandbox } from '../app.ts'
import { basic, expectOAuthError, tokensOf, VERIFIER } from '../testing/oauth-flow.ts'
import { s256 } from './pkce.ts'

// createSandbox({ oauthClient }) registers the client the app server configures.

const opened: { close: () => void }[] = []
afterEach(() => opened.splice(0).forEach((sandbox) => sandbox.close()))

const REDIRECT = 'https://numbers.example/auth/callback'
const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

function sandboxWith() {
  const sandbox = createSandbox({
    dbPath: ':memory:',
    oauthClient: {
      clientID: 'partner-x',
      clientSecret: 'an example secret: with colon',
      redirectURIs: [REDIRECT],
      allowLoopbackRedirects: false,
    },
  })
  opened.push(sandbox)
  return sandbox.app
}

const params = (redirectURI: string) =>
  new URLSearchParams({
    response_type: 'code',
    client_id: 'partner-x',
    redirect_uri: redirectURI,
    scope: 'supply::businesses.list offline_access',
    state: 'state-for-partner-x',
    audience: 'urn:partner-api',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
  })

describe('a client configured at createSandbox', () => {
  it('signs in through its own redirect URI and secret', async () => {
    const app = sandboxWith()
    const form = params(REDIRECT)
    form.set('persona', 'morgan-lee')
    form.set('decision', 'allow')
    const allowed = await app.request('/oauth2/auth', {
      method: 'POST',
      headers: FORM,
      body: form.toString(),
    })
    const code = new URL(allowed.headers.get('location') ?? '').searchParams.get('code') ?? ''
    const exchange = (authorization: string) =>
      app.request('/oauth2/token', {
        method: 'POST',
        headers: { ...FORM, Authorization: authorization },
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          code,
          redirect_uri: REDIRECT,
          code_verifier: VERIFIER,
        }).toString(),
      })
    await expectOAuthError(await exchange(basic()), 401, 'invalid_client')
    const tokens = await tokensOf(
      await exchange(basic('partner-x', 'an example secret: with colon')),
    )
    expect(tokens.scope).toBe('supply::businesses.list offline_access')
  })

  it('refuses the loopback callbacks and the default client when told to', async () => {
    const app = sandboxWith()
    const loopback = await app.request(
      `/oauth2/auth?${params('http://127.0.0.1:5173/auth/callback').toString()}`,
    )
    expect(loopback.status).toBe(400)
    const other = params(REDIRECT)
    other.set('client_id', 'numbers-console-sandbox')
    expect((await app.request(`/oauth2/auth?${other.toString()}`)).status).toBe(400)
  })
})
