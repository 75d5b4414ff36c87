import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { STAFF_PEOPLE } from '../../sandbox/staff-idp/staff-people.ts'
import { openSqliteStore } from '../store/sqlite-store'
import type { GatewayStore } from '../store/gateway-store'
import { startHarness, type Harness } from './testing/gateway-harness'
import { staffOptions, staffSignIn, startStaffIdp, type StaffIdp } from './testing/staff-harness'

const [SAM, JORDAN] = STAFF_PEOPLE as [(typeof STAFF_PEOPLE)[0], (typeof STAFF_PEOPLE)[0]]

let idp: StaffIdp
let store: GatewayStore
let h: Harness
beforeEach(async () => {
  idp = await startStaffIdp()
  store = openSqliteStore(':memory:')
  h = await startHarness({ store, extra: staffOptions(idp) })
})
afterEach(async () => {
  await h.close()
  await idp.close()
})

const session = async (cookie: string): Promise<unknown> =>
  (await h.gateway.app.request('/auth/session', { headers: { Cookie: cookie } })).json()

describe('signing in as staff', () => {
  it('sends the browser to the provider found by discovery, with PKCE S256, state and a nonce', async () => {
    const login = await h.gateway.app.request('/auth/staff/login?returnTo=/businesses')
    expect(login.status).toBe(302)
    const to = new URL(login.headers.get('Location') ?? '')
    expect(to.origin + to.pathname).toBe(`${idp.issuer}/authorize`)
    const q = to.searchParams
    expect(q.get('redirect_uri')).toBe('http://localhost/auth/staff/callback')
    expect(q.get('scope')?.split(' ')).toContain('openid')
    expect(q.get('code_challenge_method')).toBe('S256')
    expect(q.get('nonce')?.length).toBeGreaterThanOrEqual(43)
    expect(login.headers.getSetCookie()[0]).toMatch(/^__Host-nc_login=/)
  })

  it('gives Sam Ortiz a staff session with the same cookie rules, role support, never a token', async () => {
    const signedIn = await staffSignIn(h.gateway, SAM.subject, { returnTo: '/businesses' })
    expect(signedIn.location).toBe('/businesses')
    const set = signedIn.setCookies.find((c) => c.startsWith('__Host-nc_session=')) ?? ''
    expect(set.toLowerCase()).toContain('httponly')
    expect(set.toLowerCase()).toContain('samesite=strict')
    expect(await session(signedIn.cookie)).toMatchObject({
      signedIn: true,
      kind: 'staff',
      name: 'Sam Ortiz',
      role: 'support',
      canRead: true,
      canWrite: true,
      canDisconnect: false,
    })
  })

  it('makes Jordan Park a viewer who may not write', async () => {
    const { cookie } = await staffSignIn(h.gateway, JORDAN.subject)
    expect(await session(cookie)).toMatchObject({ kind: 'staff', role: 'viewer', canWrite: false })
  })

  it('lets the staff table override the role claim', async () => {
    await store.putStaffRole(SAM.subject, 'viewer')
    const { cookie } = await staffSignIn(h.gateway, SAM.subject)
    expect(await session(cookie)).toMatchObject({
      name: 'Sam Ortiz',
      role: 'viewer',
      canWrite: false,
    })
  })

  it.each([
    [
      'a nonce that is not this sign-in’s',
      { claims: { nonce: 'someone-elses-nonce' } },
      'unexpected JWT claim value',
    ],
    ['another audience', { claims: { aud: 'another-client' } }, 'unexpected JWT claim value'],
    [
      'another issuer',
      { claims: { iss: 'https://id.evil.example' } },
      'unexpected JWT claim value',
    ],
    [
      'an expired token',
      {
        claims: {
          iat: Math.floor(Date.now() / 1000) - 7200,
          exp: Math.floor(Date.now() / 1000) - 3600,
        },
      },
      'JWT timestamp claim value failed validation',
    ],
    [
      'a signature by a key the JWKS does not list',
      { unpublishedKey: true },
      'invalid response encountered: JWT signature verification failed',
    ],
  ])('refuses an ID token with %s: no session, signInError=failed', async (_, tamper, why) => {
    Object.assign(idp.tamper, tamper)
    const signedIn = await staffSignIn(h.gateway, SAM.subject)
    expect(signedIn.location).toBe('/?signInError=failed')
    expect(signedIn.cookie).toBe('')
    expect(h.logs.join('\n')).toContain(`the ID token was refused (${why}`)
  })

  it('refuses a staff member the provider gives no known role', async () => {
    idp.tamper.claims = { numbers_console_role: 'admin' }
    const signedIn = await staffSignIn(h.gateway, SAM.subject)
    expect(signedIn.location).toBe('/?signInError=no-role')
    expect(signedIn.cookie).toBe('')
  })

  it('lands on signInError=denied when the staff member presses Deny', async () => {
    const signedIn = await staffSignIn(h.gateway, SAM.subject, { decision: 'deny' })
    expect(signedIn.location).toBe('/?signInError=denied')
  })

  it('does not let a pro’s login cookie finish a staff callback', async () => {
    const pro = await h.gateway.app.request('/auth/login')
    const proCookie = pro.headers.getSetCookie()[0]?.split(';')[0] ?? ''
    const res = await h.gateway.app.request('/auth/staff/callback?code=x&state=y', {
      headers: { Cookie: proCookie },
    })
    expect(res.headers.get('Location')).toBe('/?signInError=expired')
  })

  it('without a company provider configured, staff sign-in says so and the page is told', async () => {
    const bare = await startHarness()
    try {
      const login = await bare.gateway.app.request('/auth/staff/login')
      expect(login.headers.get('Location')).toBe('/?signInError=staff-off')
      const answer = await bare.gateway.app.request('/auth/session')
      expect(await answer.json()).toMatchObject({ signedIn: false, staffSignIn: false })
    } finally {
      await bare.close()
    }
    const configured = await h.gateway.app.request('/auth/session')
    expect(await configured.json()).toMatchObject({ signedIn: false, staffSignIn: true })
  })
})
