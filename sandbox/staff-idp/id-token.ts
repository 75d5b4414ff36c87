import { z } from 'zod'
import { STAFF_CLIENT_ID, STAFF_ROLE_CLAIM, type StaffPerson } from './staff-people.ts'

/** What an ID token from this provider says (OpenID Connect Core 1.0 §2), as one schema. */
export const staffIdTokenClaimsSchema = z.object({
  iss: z.url(),
  aud: z.string().min(1),
  sub: z.string().min(1),
  name: z.string().min(1),
  email: z.string().min(1),
  nonce: z.string().optional(),
  iat: z.number().int(),
  exp: z.number().int(),
  auth_time: z.number().int(),
  [STAFF_ROLE_CLAIM]: z.enum(['support', 'viewer']),
})
export type StaffIdTokenClaims = z.infer<typeof staffIdTokenClaimsSchema>

export const ID_TOKEN_LIFETIME_S = 600

export function idTokenClaims(
  issuer: string,
  person: StaffPerson,
  nonce: string | undefined,
  nowMs: number,
): StaffIdTokenClaims {
  const iat = Math.floor(nowMs / 1000)
  return {
    iss: issuer,
    aud: STAFF_CLIENT_ID,
    sub: person.subject,
    name: person.name,
    email: person.email,
    ...(nonce === undefined ? {} : { nonce }),
    iat,
    exp: iat + ID_TOKEN_LIFETIME_S,
    auth_time: iat,
    [STAFF_ROLE_CLAIM]: person.role,
  }
}
