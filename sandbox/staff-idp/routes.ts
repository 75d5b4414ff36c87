import { Hono, type Context } from 'hono'
import { redirectWith } from '../oauth/authorize-request.ts'
import { CODE_LIFETIME_MS, newSecret } from '../oauth/issue-tokens.ts'
import { checkStaffAuthorize, type StaffAuthorizeRequest } from './authorize-check.ts'
import { staffAuthorizePage } from './authorize-page.ts'
import { errorPage } from '../oauth/authorize-page.ts'
import { answerAuthorizeCheck, pageHeaders } from '../oauth/authorize-routes.ts'
import { createImpostorKey, createSigningKey } from './signing-key.ts'
import { STAFF_IDP_PATH, STAFF_PEOPLE } from './staff-people.ts'
import { staffToken, type StaffCode } from './token-endpoint.ts'

/**
 * Faults for relying-party tests (the gateway's): claims to overwrite in the next ID
 * tokens, or signing with a key the JWKS does not list. Off unless a test sets them.
 */
export interface StaffIdpTamper {
  claims?: Record<string, unknown>
  unpublishedKey?: boolean
}

export interface StaffIdpOptions {
  now: () => Date
  /** The configured public origin; unset, the request's own (the sandbox is on loopback). */
  publicOrigin: () => string | undefined
  redirectURIs?: readonly string[]
  tamper?: StaffIdpTamper
}

/** The sandbox as a company's OpenID Connect provider for its staff, at /staff-idp. */
export function staffIdpRoutes(options: StaffIdpOptions) {
  const key = createSigningKey()
  const impostor = key.then((k) => createImpostorKey(k.kid))
  const codes = new Map<string, StaffCode>()
  const nowMs = () => options.now().getTime()
  const issuerFor = (c: Context) =>
    (options.publicOrigin() ?? new URL(c.req.url).origin) + STAFF_IDP_PATH
  const registered = options.redirectURIs ?? []

  const checked = (
    c: Context,
    params: URLSearchParams,
    then: (r: StaffAuthorizeRequest) => Response | Promise<Response>,
  ) => answerAuthorizeCheck(c, checkStaffAuthorize(params, registered), then)

  return new Hono()
    .get('/.well-known/openid-configuration', (c) => {
      const issuer = issuerFor(c)
      return c.json(
        {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['ES256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic'],
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['openid', 'profile', 'email'],
          claims_supported: ['sub', 'name', 'email', 'nonce', 'numbers_console_role'],
        },
        200,
        { 'Cache-Control': 'no-cache' },
      )
    })
    .get('/jwks', async (c) =>
      c.json({ keys: [(await key).publicJwk] }, 200, { 'Cache-Control': 'no-cache' }),
    )
    .get('/authorize', (c) =>
      checked(c, new URL(c.req.url).searchParams, (r) =>
        c.html(staffAuthorizePage(r), 200, pageHeaders(r.redirectURI)),
      ),
    )
    .post('/authorize', async (c) => {
      const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
      if (mediaType !== 'application/x-www-form-urlencoded')
        return c.html(errorPage('Send the form as the page does.'), 400, pageHeaders())
      const form = new URLSearchParams(await c.req.text())
      return checked(c, form, (r) => {
        if (form.get('decision') === 'deny')
          return c.redirect(
            redirectWith(r.redirectURI, {
              error: 'access_denied',
              error_description: 'The staff member denied access.',
              state: r.state,
            }),
            303,
          )
        const person = STAFF_PEOPLE.find((p) => p.subject === form.get('staff'))
        if (form.get('decision') !== 'allow' || !person)
          return c.html(
            staffAuthorizePage(r, undefined, 'Choose who you are, then Allow or Deny.'),
            400,
            pageHeaders(r.redirectURI),
          )
        // Codes nobody redeemed would pile up in a long-running sandbox: drop the lapsed ones.
        for (const [old, entry] of codes) if (entry.expiresAt <= nowMs()) codes.delete(old)
        const code = newSecret('sbx_staff_ac_')
        codes.set(code, {
          subject: person.subject,
          redirectURI: r.redirectURI,
          codeChallenge: r.codeChallenge,
          nonce: r.nonce,
          expiresAt: nowMs() + CODE_LIFETIME_MS,
        })
        return c.redirect(redirectWith(r.redirectURI, { code, state: r.state }), 303)
      })
    })
    .post('/token', (c) =>
      staffToken(c, {
        codes,
        nowMs,
        issuerFor,
        sign: async (claims) =>
          options.tamper?.unpublishedKey ? (await impostor)(claims) : (await key).sign(claims),
        tamperClaims: (claims) => ({ ...claims, ...options.tamper?.claims }),
      }),
    )
}
