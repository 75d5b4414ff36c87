import { createLocalJWKSet, jwtVerify } from 'jose'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { createSandbox } from '../app.ts'
import { s256 } from '../oauth/pkce.ts'
import { staffIdTokenClaimsSchema } from './id-token.ts'
import { STAFF_CLIENT_ID, STAFF_CLIENT_SECRET, STAFF_PEOPLE } from './staff-people.ts'

const ORIGIN = 'http://127.0.0.1:5173'
const ISSUER = `${ORIGIN}/staff-idp`
const REDIRECT = `${ORIGIN}/auth/staff/callback`
const VERIFIER = 'v'.repeat(43)
const [SAM, JORDAN] = STAFF_PEOPLE as [(typeof STAFF_PEOPLE)[0], (typeof STAFF_PEOPLE)[0]]

let sandbox: ReturnType<typeof createSandbox>
const t0 = Date.UTC(2026, 10, 2, 9, 30)
beforeEach(() => {
  sandbox = createSandbox({
    dbPath: ':memory:',
    now: () => new Date(t0),
    clientAddress: () => '127.0.0.1',
    publicURL: ORIGIN,
  })
})
afterEach(() => sandbox.close())

const request = (path: string, init?: RequestInit) => sandbox.app.request(`${ORIGIN}${path}`, init)

function authorizeParams(extra: Record<string, string> = {}) {
  return new URLSearchParams({
    response_type: 'code',
    client_id: STAFF_CLIENT_ID,
    redirect_uri: REDIRECT,
    scope: 'openid profile email',
    state: 'state-0123456789',
    nonce: 'nonce-abc',
    code_challenge: s256(VERIFIER),
    code_challenge_method: 'S256',
    ...extra,
  })
}

async function decide(subject: string, decision = 'allow', params = authorizeParams()) {
  const form = new URLSearchParams(params)
  form.set('staff', subject)
  form.set('decision', decision)
  const res = await request('/staff-idp/authorize', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  })
  return new URL(res.headers.get('Location') ?? 'http://invalid.invalid/')
}

const basic = (id = STAFF_CLIENT_ID, secret = STAFF_CLIENT_SECRET) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`

function exchange(code: string, { verifier = VERIFIER, auth = basic() } = {}) {
  return request('/staff-idp/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: auth },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT,
      code_verifier: verifier,
    }).toString(),
  })
}

const tokenSchema = z.object({
  id_token: z.string(),
  token_type: z.string(),
  expires_in: z.number(),
})
const errorSchema = z.object({ error: z.string(), error_description: z.string() })

async function verified(idToken: string) {
  const jwks = z
    .object({ keys: z.array(z.record(z.string(), z.unknown())) })
    .parse(await (await request('/staff-idp/jwks')).json())
  const { payload, protectedHeader } = await jwtVerify(idToken, createLocalJWKSet(jwks), {
    issuer: ISSUER,
    audience: STAFF_CLIENT_ID,
    currentDate: new Date(t0),
  })
  return { claims: staffIdTokenClaimsSchema.parse(payload), alg: protectedHeader.alg }
}

describe('the sandbox staff OpenID Connect provider', () => {
  it('publishes a discovery document for its issuer: code flow, S256, client_secret_basic, ES256', async () => {
    const res = await request('/staff-idp/.well-known/openid-configuration')
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      issuer: ISSUER,
      authorization_endpoint: `${ISSUER}/authorize`,
      token_endpoint: `${ISSUER}/token`,
      jwks_uri: `${ISSUER}/jwks`,
      code_challenge_methods_supported: ['S256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic'],
      id_token_signing_alg_values_supported: ['ES256'],
    })
  })

  it('shows both staff members with their roles, and Allow and Deny', async () => {
    const res = await request(`/staff-idp/authorize?${authorizeParams().toString()}`)
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('Sam Ortiz')
    expect(page).toContain('support: may change numbers')
    expect(page).toContain('Jordan Park')
    expect(page).toContain('viewer: read only')
    expect(page).toMatch(/value="allow"[^>]*>Allow/)
    expect(page).toMatch(/value="deny"[^>]*>Deny/)
  })

  it('issues a signed ID token with iss, aud, sub, name, email, nonce, times and the role claim', async () => {
    const back = await decide(SAM.subject)
    expect(back.origin + back.pathname).toBe(REDIRECT)
    expect(back.searchParams.get('state')).toBe('state-0123456789')
    const res = await exchange(back.searchParams.get('code') ?? '')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const { claims, alg } = await verified(tokenSchema.parse(await res.json()).id_token)
    expect(alg).toBe('ES256')
    expect(claims).toMatchObject({
      iss: ISSUER,
      aud: STAFF_CLIENT_ID,
      sub: SAM.subject,
      name: 'Sam Ortiz',
      email: SAM.email,
      nonce: 'nonce-abc',
      numbers_console_role: 'support',
      iat: t0 / 1000,
    })
    expect(claims.exp - claims.iat).toBe(600)
  })

  it('says viewer for Jordan Park', async () => {
    const code = (await decide(JORDAN.subject)).searchParams.get('code') ?? ''
    const { claims } = await verified(
      tokenSchema.parse(await (await exchange(code)).json()).id_token,
    )
    expect(claims).toMatchObject({ name: 'Jordan Park', numbers_console_role: 'viewer' })
  })

  it('takes a code once only', async () => {
    const code = (await decide(SAM.subject)).searchParams.get('code') ?? ''
    expect((await exchange(code)).status).toBe(200)
    const again = await exchange(code)
    expect(again.status).toBe(400)
    expect(errorSchema.parse(await again.json()).error).toBe('invalid_grant')
  })

  it('refuses a wrong PKCE verifier, and spends the code doing so', async () => {
    const code = (await decide(SAM.subject)).searchParams.get('code') ?? ''
    const wrong = await exchange(code, { verifier: 'w'.repeat(43) })
    expect(errorSchema.parse(await wrong.json()).error).toBe('invalid_grant')
    expect((await exchange(code)).status).toBe(400)
  })

  it('refuses a client without the right HTTP Basic secret with 401 invalid_client', async () => {
    const code = (await decide(SAM.subject)).searchParams.get('code') ?? ''
    const res = await exchange(code, { auth: basic(STAFF_CLIENT_ID, 'not-the-secret') })
    expect(res.status).toBe(401)
    expect(errorSchema.parse(await res.json()).error).toBe('invalid_client')
  })

  it('sends Deny back as access_denied with the state', async () => {
    const back = await decide(SAM.subject, 'deny')
    expect(back.searchParams.get('error')).toBe('access_denied')
    expect(back.searchParams.get('state')).toBe('state-0123456789')
    expect(back.searchParams.has('code')).toBe(false)
  })

  it('shows an error page, not a redirect, for an unknown client or an unregistered redirect', async () => {
    const cases: Record<string, string>[] = [
      { client_id: 'someone-else' },
      { redirect_uri: 'https://evil.example/cb' },
    ]
    for (const extra of cases) {
      const res = await request(`/staff-idp/authorize?${authorizeParams(extra).toString()}`)
      expect(res.status).toBe(400)
      expect(res.headers.get('Location')).toBeNull()
      expect(await res.text()).toContain('This sign-in link does not work')
    }
  })

  it('sends a request without PKCE S256 or without openid back with an error', async () => {
    const cases: Record<string, string>[] = [
      { code_challenge_method: 'plain' },
      { scope: 'profile' },
    ]
    for (const extra of cases) {
      const res = await request(`/staff-idp/authorize?${authorizeParams(extra).toString()}`)
      expect(res.status).toBe(302)
      const back = new URL(res.headers.get('Location') ?? '')
      expect(back.searchParams.get('error')).toMatch(/invalid_request|invalid_scope/)
      expect(back.searchParams.get('state')).toBe('state-0123456789')
    }
  })
})
