import { describe, expect } from 'vitest'

import type { StaffIdpTamper } from '../../sandbox/staff-idp/routes.ts'
import { startHarness, type Harness } from './testing/gateway-harness'
import { JORDAN, SAM, test } from './testing/staff-gateway-test'

const session = async (h: Harness, cookie: string): Promise<unknown> =>
  (await h.gateway.app.request('/auth/session', { headers: { Cookie: cookie } })).json()

describe('signing in as staff', () => {
  test('sends the browser to the provider found by discovery, with PKCE S256, state and a nonce', async ({
    staffGateway: { h, idp },
  }) => {
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

  test('gives Sam Ortiz a staff session with the same cookie rules, role support, never a token', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    const signedIn = await signInAsStaff(SAM.subject, { returnTo: '/businesses' })
    expect(signedIn.location).toBe('/businesses')
    const set = signedIn.setCookies.find((c) => c.startsWith('__Host-nc_session=')) ?? ''
    expect(set.toLowerCase()).toContain('httponly')
    expect(set.toLowerCase()).toContain('samesite=strict')
    expect(await session(h, signedIn.cookie)).toMatchObject({
      signedIn: true,
      kind: 'staff',
      name: 'Sam Ortiz',
      role: 'support',
      canRead: true,
      canWrite: true,
      canDisconnect: false,
    })
  })

  test('makes Jordan Park a viewer who may not write', async ({
    staffGateway: { h, signInAsStaff },
  }) => {
    const { cookie } = await signInAsStaff(JORDAN.subject)
    expect(await session(h, cookie)).toMatchObject({
      kind: 'staff',
      role: 'viewer',
      canWrite: false,
    })
  })

  test('lets the staff table override the role claim', async ({
    staffGateway: { h, store, signInAsStaff },
  }) => {
    await store.putStaffRole(SAM.subject, 'viewer')
    const { cookie } = await signInAsStaff(SAM.subject)
    expect(await session(h, cookie)).toMatchObject({
      name: 'Sam Ortiz',
      role: 'viewer',
      canWrite: false,
    })
  })

  test.for<[string, StaffIdpTamper, string]>([
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
  ])(
    'refuses an ID token with %s: no session, signInError=failed',
    async ([, tamper, why], { staffGateway: { h, idp, signInAsStaff } }) => {
      Object.assign(idp.tamper, tamper)
      const signedIn = await signInAsStaff(SAM.subject)
      expect(signedIn.location).toBe('/?signInError=failed')
      expect(signedIn.cookie).toBe('')
      expect(h.logs.join('\n')).toContain(`the ID token was refused (${why}`)
    },
  )

  test('refuses a staff member the provider gives no known role', async ({
    staffGateway: { idp, signInAsStaff },
  }) => {
    idp.tamper.claims = { numbers_console_role: 'admin' }
    const signedIn = await signInAsStaff(SAM.subject)
    expect(signedIn.location).toBe('/?signInError=no-role')
    expect(signedIn.cookie).toBe('')
  })

  test('lands on signInError=denied when the staff member presses Deny', async ({
    staffGateway: { signInAsStaff },
  }) => {
    const signedIn = await signInAsStaff(SAM.subject, { decision: 'deny' })
    expect(signedIn.location).toBe('/?signInError=denied')
  })

  test('does not let a pro’s login cookie finish a staff callback', async ({
    staffGateway: { h },
  }) => {
    const pro = await h.gateway.app.request('/auth/login')
    const proCookie = pro.headers.getSetCookie()[0]?.split(';')[0] ?? ''
    const res = await h.gateway.app.request('/auth/staff/callback?code=x&state=y', {
      headers: { Cookie: proCookie },
    })
    expect(res.headers.get('Location')).toBe('/?signInError=expired')
  })

  test('without a company provider configured, staff sign-in says so and the page is told', async ({
    staffGateway: { h },
  }) => {
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
