import { Hono, type Context } from 'hono'
import type { Persona } from '../personas.ts'
import { consentPage, CONSENT_PERSONAS, errorPage } from './authorize-page.ts'
import { CONSENT_CSS } from './sign-in-markup.ts'
import {
  checkAuthorizeRequest,
  redirectWith,
  type AuthorizeOutcome,
  type AuthorizeRequest,
} from './authorize-request.ts'
import { CODE_LIFETIME_MS, newSecret } from './issue-tokens.ts'
import type { OAuthDeps } from './oauth-deps.ts'
import { grantedScopes } from './scopes.ts'

// GET /oauth2/auth shows the consent page; its form POSTs the same parameters back with
// the person chosen and Allow or Deny. There is no sign-in session: the sandbox asks
// every time, which is also what lets a test pick a different person each run.

/**
 * The page's own policy: no script, styles from this origin, and the form may be sent
 * here and redirected to the client's origin (Chrome applies form-action to redirects).
 */
export function pageHeaders(redirectURI?: string): Record<string, string> {
  const target = redirectURI === undefined ? '' : ` ${new URL(redirectURI).origin}`
  return {
    'Cache-Control': 'no-store',
    'Content-Security-Policy': `default-src 'none'; style-src 'self'; form-action 'self'${target}; frame-ancestors 'none'; base-uri 'none'`,
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  }
}

/**
 * Answers a checked authorization request, for either provider here: an error page, the
 * error sent back to the client's redirect_uri, or what `then` makes of a good request.
 */
export function answerAuthorizeCheck<Request>(
  c: Context,
  check: AuthorizeOutcome<Request>,
  then: (request: Request) => Response | Promise<Response>,
) {
  if (check.kind === 'page-error') return c.html(errorPage(check.message), 400, pageHeaders())
  if (check.kind === 'redirect-error') {
    const { error, description, state } = check
    const answer = {
      error,
      error_description: description,
      ...(state === undefined ? {} : { state }),
    }
    return c.redirect(redirectWith(check.redirectURI, answer), c.req.method === 'GET' ? 302 : 303)
  }
  return then(check.request)
}

type Decide = (c: Context, request: AuthorizeRequest) => Response | Promise<Response>

function handle(deps: OAuthDeps, params: URLSearchParams, c: Context, decide: Decide) {
  const check = checkAuthorizeRequest(params, deps.client)
  return answerAuthorizeCheck(c, check, (request) => decide(c, request))
}

function issueCode(deps: OAuthDeps, request: AuthorizeRequest, persona: Persona): string {
  const nowMs = deps.now().getTime()
  const code = newSecret('sbx_ac_')
  deps.store.oauthCodes.insert({
    code,
    clientID: request.clientID,
    personaID: persona.id,
    redirectURI: request.redirectURI,
    scope: grantedScopes(persona, request.scopes).join(' '),
    codeChallenge: request.codeChallenge,
    issuedAt: nowMs,
    expiresAt: nowMs + CODE_LIFETIME_MS,
  })
  return code
}

async function formParams(c: Context): Promise<URLSearchParams | undefined> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  return mediaType === 'application/x-www-form-urlencoded'
    ? new URLSearchParams(await c.req.text())
    : undefined
}

export function authorizeRoutes(deps: OAuthDeps) {
  const { clientName } = deps.client
  const show = (c: Context, request: AuthorizeRequest, status: 200 | 400, extra = {}) =>
    c.html(consentPage({ request, clientName, ...extra }), status, pageHeaders(request.redirectURI))

  return new Hono()
    .get('/consent.css', (c) =>
      c.body(CONSENT_CSS, 200, {
        'Content-Type': 'text/css; charset=utf-8',
        'Cache-Control': 'no-cache',
      }),
    )
    .get('/auth', (c) =>
      handle(deps, new URL(c.req.url).searchParams, c, (c2, r) => show(c2, r, 200)),
    )
    .post('/auth', async (c) => {
      const form = await formParams(c)
      if (form === undefined)
        return c.html(errorPage('Send the form as the page does.'), 400, pageHeaders())
      return handle(deps, form, c, (c2, request) => {
        const { state, redirectURI } = request
        if (form.get('decision') === 'deny')
          return c2.redirect(
            redirectWith(redirectURI, {
              error: 'access_denied',
              error_description: 'The person denied access.',
              state,
            }),
            303,
          )
        const persona = CONSENT_PERSONAS.find((p) => p.id === form.get('persona'))
        if (form.get('decision') !== 'allow' || !persona)
          return show(c2, request, 400, { error: 'Choose who you are, then Allow or Deny.' })
        const code = issueCode(deps, request, persona)
        return c2.redirect(redirectWith(redirectURI, { code, state }), 303)
      })
    })
}
