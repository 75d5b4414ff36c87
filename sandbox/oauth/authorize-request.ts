import { z } from 'zod'
import { isRegisteredRedirect, type RegisteredClient } from './client.ts'
import { S256_CHALLENGE } from './pkce.ts'
import { isKnownScope, parseScope } from './scopes.ts'

// Checks an authorization request (RFC 6749 section 4.1.1), the same way for the page's
// GET and for the consent form's POST, which carries the same parameters back. Until the
// client and its redirect_uri are known good, an error is shown on a page and never
// redirected: redirecting to an unchecked URI would make this an open redirector.

export const AUDIENCE = 'urn:partner-api'
export const MIN_STATE_LENGTH = 8

export const AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'audience',
  'code_challenge',
  'code_challenge_method',
] as const

const optional = z.string().optional()
const authorizeParamsSchema = z.object({
  response_type: optional,
  client_id: optional,
  redirect_uri: optional,
  scope: optional,
  state: optional,
  audience: optional,
  code_challenge: optional,
  code_challenge_method: optional,
})
export type AuthorizeParams = z.output<typeof authorizeParamsSchema>

export interface AuthorizeRequest {
  clientID: string
  redirectURI: string
  state: string
  scopes: string[]
  codeChallenge: string | null
  /** The parameters as received, for the consent form to send back. */
  params: AuthorizeParams
}

/**
 * What checking an authorization request gives, for any provider here: the request, an
 * error for a page (the client or its redirect_uri is not known good), or one for the client.
 */
export type AuthorizeOutcome<Request> =
  | { kind: 'ok'; request: Request }
  | { kind: 'page-error'; message: string }
  | {
      kind: 'redirect-error'
      redirectURI: string
      state?: string
      error: string
      description: string
    }

export type AuthorizeCheck = AuthorizeOutcome<AuthorizeRequest>

type Checked =
  | { ok: false; error: string; description: string }
  | { ok: true; state: string; scopes: string[]; codeChallenge: string | null }

const refuse = (error: string, description: string): Checked => ({ ok: false, error, description })

/** The checks whose failure goes back to the (already validated) redirect URI. */
function checkParams(params: AuthorizeParams): Checked {
  const { state, code_challenge: challenge, code_challenge_method: method } = params
  if (params.response_type !== 'code')
    return refuse('unsupported_response_type', 'Only response_type=code is supported.')
  if (state === undefined || state.length < MIN_STATE_LENGTH)
    return refuse('invalid_request', `state must be at least ${MIN_STATE_LENGTH} characters.`)
  if (params.audience !== AUDIENCE)
    return refuse('invalid_request', `audience must be ${AUDIENCE}.`)
  const scopes = parseScope(params.scope ?? '')
  const unknown = scopes.filter((scope) => !isKnownScope(scope))
  if (scopes.length === 0) return refuse('invalid_scope', 'Ask for at least one scope.')
  if (unknown.length > 0)
    return refuse('invalid_scope', `Unknown scope(s): ${unknown.join(' ').slice(0, 200)}.`)
  if (challenge === undefined && method !== undefined)
    return refuse('invalid_request', 'code_challenge_method was sent without a code_challenge.')
  if (challenge !== undefined && method !== 'S256')
    return refuse('invalid_request', 'Use code_challenge_method=S256; plain is not allowed.')
  if (challenge !== undefined && !S256_CHALLENGE.test(challenge))
    return refuse('invalid_request', 'code_challenge must be 43 base64url characters.')
  return { ok: true, state, scopes, codeChallenge: challenge ?? null }
}

export function checkAuthorizeRequest(
  search: URLSearchParams,
  client: RegisteredClient,
): AuthorizeCheck {
  const repeated = AUTHORIZE_PARAMS.filter((name) => search.getAll(name).length > 1)
  const params = authorizeParamsSchema.parse(
    Object.fromEntries(
      AUTHORIZE_PARAMS.flatMap((name) => {
        const value = search.get(name)
        return value === null ? [] : [[name, value]]
      }),
    ),
  )
  if (params.client_id !== client.clientID || repeated.includes('client_id'))
    return {
      kind: 'page-error',
      message: 'This sign-in link names an application the sandbox does not know.',
    }
  const redirectURI = params.redirect_uri
  if (
    redirectURI === undefined ||
    repeated.includes('redirect_uri') ||
    !isRegisteredRedirect(client, redirectURI)
  )
    return {
      kind: 'page-error',
      message:
        'This sign-in link would send you back to an address that is not registered for this application.',
    }
  const state = repeated.includes('state') ? undefined : params.state
  const fail = (error: string, description: string): AuthorizeCheck => ({
    kind: 'redirect-error',
    redirectURI,
    ...(state === undefined ? {} : { state }),
    error,
    description,
  })
  if (repeated.length > 0) return fail('invalid_request', `Send ${repeated.join(', ')} only once.`)
  const checked = checkParams(params)
  if (!checked.ok) return fail(checked.error, checked.description)
  const { state: checkedState, scopes, codeChallenge } = checked
  const request = {
    clientID: client.clientID,
    redirectURI,
    state: checkedState,
    scopes,
    codeChallenge,
    params,
  }
  return { kind: 'ok', request }
}

/** Where the browser goes next: the registered redirect URI with the answer in its query. */
export function redirectWith(redirectURI: string, answer: Record<string, string>): string {
  const url = new URL(redirectURI)
  for (const [name, value] of Object.entries(answer)) url.searchParams.set(name, value)
  return url.href
}
