import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { businessesPageSchema } from '../sandbox/contract/businesses.ts'
import { tokenResponseSchema } from '../sandbox/oauth/token-schemas.ts'
import { authorizeParams, basic, REDIRECT_URI, VERIFIER } from '../sandbox/testing/oauth-flow.ts'
import { startAppServer } from './app-server.ts'
import { type RunningServer } from './listen.ts'
import { cookieSet, signInThroughConsent } from './testing/consent-sign-in.ts'

// `npm start`'s default over a real socket: the gateway mounted, the sandbox its upstream
// and its authorization server on the same origin, a person signing in through consent.

const FORM = { 'Content-Type': 'application/x-www-form-urlencoded' }

/** A token the sandbox accepts, got straight from its /oauth2 (no gateway involved). */
async function sandboxAccessToken(origin: string): Promise<string> {
  const form = authorizeParams()
  form.set('persona', 'pat-rivera')
  form.set('decision', 'allow')
  const allowed = await fetch(`${origin}/oauth2/auth`, {
    method: 'POST',
    headers: FORM,
    body: form.toString(),
    redirect: 'manual',
  })
  const code = new URL(allowed.headers.get('location') ?? '').searchParams.get('code') ?? ''
  const body = new URLSearchParams({
    grant_type: 'authorization_code',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: VERIFIER,
  })
  const res = await fetch(`${origin}/oauth2/token`, {
    method: 'POST',
    headers: { ...FORM, Authorization: basic() },
    body: body.toString(),
  })
  return tokenResponseSchema.parse(await res.json()).access_token
}

const businessNames = async (res: Response) =>
  businessesPageSchema.parse(await res.json()).data.map((b) => b.name)

describe('the app server with its gateway, by default', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startAppServer({ dbPath: ':memory:', port: 0, host: '127.0.0.1' })
  })
  afterAll(async () => {
    await server.close()
  })

  it('sends /auth/login to the sandbox’s authorize page on the same origin, with PKCE, state and audience', async () => {
    const res = await fetch(`${server.url}/auth/login?returnTo=/businesses`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    const to = new URL(res.headers.get('location') ?? '')
    expect(`${to.origin}${to.pathname}`).toBe(`${server.url}/oauth2/auth`)
    const q = to.searchParams
    expect(q.get('code_challenge_method')).toBe('S256')
    expect(q.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(q.get('state')?.length).toBeGreaterThanOrEqual(43)
    expect(q.get('audience')).toBe('urn:partner-api')
    expect(q.get('redirect_uri')).toBe(`${server.url}/auth/callback`)
    expect(q.get('scope')?.split(' ')).toContain('offline_access')
    // The consent page keeps its own, stricter policy under the app's headers.
    const page = await fetch(to)
    expect(page.status).toBe(200)
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('signs in through the consent form: a __Host- session cookie, Strict and HttpOnly', async () => {
    const login = await fetch(`${server.url}/auth/login`, { redirect: 'manual' })
    const form = new URLSearchParams(new URL(login.headers.get('location') ?? '').search)
    form.set('persona', 'pat-rivera')
    form.set('decision', 'allow')
    const allowed = await fetch(`${server.url}/oauth2/auth`, {
      method: 'POST',
      headers: FORM,
      body: form.toString(),
      redirect: 'manual',
    })
    const callback = new URL(allowed.headers.get('location') ?? '')
    expect(`${callback.origin}${callback.pathname}`).toBe(`${server.url}/auth/callback`)
    const landed = await fetch(callback, {
      headers: { Cookie: cookieSet(login, '__Host-nc_login') ?? '' },
      redirect: 'manual',
    })
    expect(landed.status).toBe(303)
    expect(landed.headers.get('location')).toBe('/')
    const line = landed.headers.getSetCookie().find((l) => l.startsWith('__Host-nc_session='))
    expect(line).toMatch(/HttpOnly/i)
    expect(line).toMatch(/Secure/i)
    expect(line).toMatch(/SameSite=Strict/i)
    expect(line).toMatch(/Path=\//)
    expect(line).not.toMatch(/Domain=/i)
  })

  it('answers /api/v4 with the session cookie and the CSRF header, and 403 without the header', async () => {
    const session = await signInThroughConsent(server.url, 'pat-rivera')
    const ok = await fetch(`${server.url}/api/v4/businesses`, { headers: session.headers })
    expect(ok.status).toBe(200)
    expect(await businessNames(ok)).toEqual(['Rivera Plumbing'])
    const refused = await fetch(`${server.url}/api/v4/businesses`, {
      headers: { Cookie: session.cookie, Origin: server.url },
    })
    expect(refused.status).toBe(403)
    expect(await refused.json()).toMatchObject({
      type: 'urn:numbers-console:problem:csrf-refused',
    })
  })

  it('strips a bearer header from the browser: the session decides, and no session is 401', async () => {
    const token = await sandboxAccessToken(server.url)
    const bare = await fetch(`${server.url}/api/v4/businesses`, {
      headers: {
        Authorization: `Bearer ${token}`,
        'X-Requested-With': 'numbers-console',
        Origin: server.url,
      },
    })
    expect(bare.status).toBe(401)
    expect(await bare.json()).toMatchObject({
      type: 'urn:numbers-console:problem:sign-in-required',
    })
    // Morgan's session with Pat's token: Morgan's businesses, so the header went nowhere.
    const morgan = await signInThroughConsent(server.url, 'morgan-lee')
    const res = await fetch(`${server.url}/api/v4/businesses`, {
      headers: { ...morgan.headers, Authorization: `Bearer ${token}` },
    })
    expect(await businessNames(res)).toEqual(['Lee Electric', 'Lee Solar'])
  })

  it('says in /auth/session that the developer option is off', async () => {
    const session = await signInThroughConsent(server.url, 'pat-rivera')
    const res = await fetch(`${server.url}/auth/session`, { headers: session.headers })
    expect(await res.json()).toMatchObject({ signedIn: true, devTokenSignIn: false })
  })
})

describe('the app server with DEV_TOKEN_SIGN_IN', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '127.0.0.1',
      devTokenSignIn: true,
    })
  })
  afterAll(async () => {
    await server.close()
  })

  it('forwards a bearer token sent without a session cookie, through the same allowlist', async () => {
    const token = await sandboxAccessToken(server.url)
    const headers = { Authorization: `Bearer ${token}` }
    const res = await fetch(`${server.url}/api/v4/businesses`, { headers })
    expect(res.status).toBe(200)
    expect(await businessNames(res)).toEqual(['Rivera Plumbing'])
    const elsewhere = await fetch(`${server.url}/api/v4/businesses/1/reviews`, { headers })
    expect(elsewhere.status).toBe(404)
    expect(await elsewhere.json()).toMatchObject({ type: 'urn:numbers-console:problem:not-found' })
    const session = await fetch(`${server.url}/auth/session`)
    expect(await session.json()).toEqual({
      signedIn: false,
      devTokenSignIn: true,
      staffSignIn: true,
    })
  })
})
