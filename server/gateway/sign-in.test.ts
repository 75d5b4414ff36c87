import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { openSqliteStore } from '../store/sqlite-store'
import { FAKE_CLIENT } from './testing/fake-authorization-server'
import { FAKE_USER } from './testing/fake-thumbtack'
import { cookiePair, gatewayFor, startHarness, type Harness } from './testing/gateway-harness'

let h: Harness
beforeEach(async () => {
  h = await startHarness()
})
afterEach(async () => {
  await h.close()
})

const attributes = (setCookie: string) =>
  setCookie
    .split(';')
    .slice(1)
    .map((a) => a.trim().toLowerCase())

describe('signing in with Thumbtack', () => {
  it('sends the browser to authorize with PKCE S256, a 32-byte state, the audience and offline_access', async () => {
    const login = await h.gateway.app.request('/auth/login?returnTo=/businesses/1')
    expect(login.status).toBe(302)
    const url = new URL(login.headers.get('Location') ?? '')
    expect(url.origin + url.pathname).toBe(`${h.fake.origin}/oauth2/auth`)
    const p = url.searchParams
    expect(p.get('response_type')).toBe('code')
    expect(p.get('client_id')).toBe(FAKE_CLIENT.id)
    expect(p.get('redirect_uri')).toBe('http://localhost/auth/callback')
    expect(p.get('audience')).toBe('urn:partner-api')
    expect(p.get('code_challenge_method')).toBe('S256')
    expect(p.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(p.get('state') ?? '', 'base64url')).toHaveLength(32)
    expect(p.get('scope')?.split(' ')).toEqual(
      expect.arrayContaining([
        'offline_access',
        'supply::businesses/associate-phone-numbers.write',
      ]),
    )
  })

  it('keeps the login in a sealed, ten-minute, SameSite=Lax __Host- cookie', async () => {
    const login = await h.gateway.app.request('/auth/login')
    const [cookie = ''] = login.headers.getSetCookie()
    const state = new URL(login.headers.get('Location') ?? '').searchParams.get('state') ?? ''
    expect(cookie).toMatch(/^__Host-nc_login=/)
    expect(attributes(cookie)).toEqual(
      expect.arrayContaining(['max-age=600', 'path=/', 'httponly', 'secure', 'samesite=lax']),
    )
    expect(cookie.toLowerCase()).not.toContain('domain=')
    expect(cookie).not.toContain(state)
  })

  it('ends at returnTo with a Strict, HttpOnly, Secure __Host- session cookie and no login cookie', async () => {
    const signedIn = await h.signIn({ returnTo: '/businesses/1?tab=numbers' })
    expect(signedIn.location).toBe('/businesses/1?tab=numbers')
    const session = signedIn.setCookies.find((c) => c.startsWith('__Host-nc_session=')) ?? ''
    expect(attributes(session)).toEqual(
      expect.arrayContaining(['path=/', 'httponly', 'secure', 'samesite=strict']),
    )
    expect(session.toLowerCase()).not.toContain('domain=')
    expect(cookiePair(session).split('=')[1]).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const login = signedIn.setCookies.find((c) => c.startsWith('__Host-nc_login=')) ?? ''
    expect(login).toContain('Max-Age=0')
  })

  it.each([
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['/\t/evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/businesses/7#add', '/businesses/7#add'],
  ])('returnTo %j lands on %j', async (returnTo, expected) => {
    expect((await h.signIn({ returnTo })).location).toBe(expected)
  })

  it('gives a new session ID at every sign-in and the old one stops working', async () => {
    const first = await h.signIn()
    const second = await h.signIn({ cookie: first.cookie })
    expect(second.cookie).not.toBe(first.cookie)
    expect((await h.call('/api/v4/users/self', { cookie: second.cookie })).status).toBe(200)
    const old = await h.call('/api/v4/users/self', { cookie: first.cookie })
    expect(old.status).toBe(401)
    expect(await old.json()).toMatchObject({ type: 'urn:numbers-console:problem:session-ended' })
  })

  it('says who is signed in, their role, scopes and when the session ends, never a token', async () => {
    h.fake.grantedScope = 'supply::businesses.list supply::businesses/associate-phone-numbers.read'
    const { cookie } = await h.signIn()
    const answer = await h.gateway.app.request('/auth/session', { headers: { Cookie: cookie } })
    const text = await answer.text()
    expect(JSON.parse(text)).toEqual({
      signedIn: true,
      kind: 'pro',
      name: 'Ana Rivera',
      user: FAKE_USER,
      role: 'pro',
      scopes: ['supply::businesses.list', 'supply::businesses/associate-phone-numbers.read'],
      canRead: true,
      canWrite: false,
      canDisconnect: true,
      expiresAt: new Date(h.clock.now + 8 * 3600_000).toISOString(),
      absoluteExpiresAt: new Date(h.clock.now + 7 * 86_400_000).toISOString(),
      devTokenSignIn: false,
    })
    for (const t of [...h.fake.activeAccess, ...h.fake.liveRefresh]) expect(text).not.toContain(t)
  })

  it('answers signedIn false without a session', async () => {
    expect(await (await h.gateway.app.request('/auth/session')).json()).toEqual({
      signedIn: false,
      devTokenSignIn: false,
      // The harness configures no company provider: "Sign in as staff" would lead nowhere.
      staffSignIn: false,
    })
  })

  it('a denied consent, a missing login cookie or a wrong state never makes a session', async () => {
    h.fake.denyNext = true
    expect((await h.signIn()).location).toBe('/?signInError=denied')
    const noCookie = await h.gateway.app.request('/auth/callback?code=x&state=y')
    expect(noCookie.headers.get('Location')).toBe('/?signInError=expired')
    const login = await h.gateway.app.request('/auth/login')
    const loginCookie = cookiePair(login.headers.getSetCookie()[0] ?? '')
    const forged = await h.gateway.app.request('/auth/callback?code=x&state=not-the-state', {
      headers: { Cookie: loginCookie },
    })
    expect(forged.headers.get('Location')).toBe('/?signInError=failed')
    expect(forged.headers.getSetCookie().some((c) => c.startsWith('__Host-nc_session=v'))).toBe(
      false,
    )
  })

  it('a login cookie older than ten minutes is refused', async () => {
    const login = await h.gateway.app.request('/auth/login')
    const loginCookie = cookiePair(login.headers.getSetCookie()[0] ?? '')
    const consent = await fetch(login.headers.get('Location') ?? '', { redirect: 'manual' })
    const back = new URL(consent.headers.get('Location') ?? '')
    h.clock.now += 10 * 60_000 + 1
    const late = await h.gateway.app.request(back.pathname + back.search, {
      headers: { Cookie: loginCookie },
    })
    expect(late.headers.get('Location')).toBe('/?signInError=expired')
  })

  it('another instance with the same keys can finish the callback', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'nc-gateway-'))
    const file = path.join(dir, 'gateway.sqlite')
    const a = gatewayFor(h.fake, openSqliteStore(file), h.clock)
    const b = gatewayFor(h.fake, openSqliteStore(file), h.clock)
    const login = await a.app.request('/auth/login?returnTo=/x')
    const loginCookie = cookiePair(login.headers.getSetCookie()[0] ?? '')
    const consent = await fetch(login.headers.get('Location') ?? '', { redirect: 'manual' })
    const back = new URL(consent.headers.get('Location') ?? '')
    const done = await b.app.request(back.pathname + back.search, {
      headers: { Cookie: loginCookie },
    })
    expect(done.headers.get('Location')).toBe('/x')
    await a.close()
    await b.close()
    rmSync(dir, { recursive: true, force: true })
  })
})
