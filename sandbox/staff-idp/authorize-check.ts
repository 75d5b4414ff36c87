import { z } from 'zod'
import type { AuthorizeOutcome } from '../oauth/authorize-request.ts'
import { S256_CHALLENGE } from '../oauth/pkce.ts'
import { isStaffRedirect, STAFF_CLIENT_ID } from './staff-people.ts'

// An OpenID Connect authorization request (Core 1.0 §3.1.2.1). Until client_id and
// redirect_uri are known good an error is a page, never a redirect (no open redirector).

export const STAFF_AUTHORIZE_PARAMS = [
  'response_type',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
] as const

const paramsSchema = z.object(
  Object.fromEntries(STAFF_AUTHORIZE_PARAMS.map((name) => [name, z.string().optional()])),
)
export type StaffAuthorizeParams = Partial<Record<(typeof STAFF_AUTHORIZE_PARAMS)[number], string>>

export interface StaffAuthorizeRequest {
  redirectURI: string
  state: string
  nonce: string | undefined
  codeChallenge: string
  params: StaffAuthorizeParams
}

export type StaffAuthorizeCheck = AuthorizeOutcome<StaffAuthorizeRequest>

export function checkStaffAuthorize(
  search: URLSearchParams,
  registeredRedirects: readonly string[],
): StaffAuthorizeCheck {
  const repeated = STAFF_AUTHORIZE_PARAMS.filter((name) => search.getAll(name).length > 1)
  const params: StaffAuthorizeParams = paramsSchema.parse(
    Object.fromEntries(STAFF_AUTHORIZE_PARAMS.map((name) => [name, search.get(name) ?? undefined])),
  )
  if (params.client_id !== STAFF_CLIENT_ID || repeated.includes('client_id'))
    return {
      kind: 'page-error',
      message: 'This sign-in link names an application this provider does not know.',
    }
  const redirectURI = params.redirect_uri
  if (
    redirectURI === undefined ||
    repeated.includes('redirect_uri') ||
    !isStaffRedirect(redirectURI, registeredRedirects)
  )
    return {
      kind: 'page-error',
      message: 'This sign-in link would send you back to an address that is not registered.',
    }
  const state = repeated.includes('state') ? undefined : params.state
  const fail = (error: string, description: string): StaffAuthorizeCheck => ({
    kind: 'redirect-error',
    redirectURI,
    ...(state === undefined ? {} : { state }),
    error,
    description,
  })
  if (repeated.length > 0) return fail('invalid_request', `Send ${repeated.join(', ')} only once.`)
  if (params.response_type !== 'code')
    return fail('unsupported_response_type', 'Only response_type=code is supported.')
  if (!(params.scope ?? '').split(' ').includes('openid'))
    return fail('invalid_scope', 'The scope must include openid.')
  if (state === undefined || state.length < 8)
    return fail('invalid_request', 'state must be at least 8 characters.')
  if (params.code_challenge_method !== 'S256' || !S256_CHALLENGE.test(params.code_challenge ?? ''))
    return fail('invalid_request', 'Send a PKCE code_challenge with code_challenge_method=S256.')
  return {
    kind: 'ok',
    request: {
      redirectURI,
      state,
      nonce: params.nonce,
      codeChallenge: params.code_challenge ?? '',
      params,
    },
  }
}
