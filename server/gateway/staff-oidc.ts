import * as client from 'openid-client'
import { z } from 'zod'

import { staffRoleSchema, type StaffRole } from '../store/gateway-store'
import { isLoopbackUrl, type GatewayOptions } from './gateway-options'

type StaffOptions = NonNullable<GatewayOptions['staff']>

/** Who the provider says signed in: the verified ID token's claims this app uses. */
export const staffIdentitySchema = z.object({
  sub: z.string().min(1),
  name: z.string().min(1),
  email: z.string().optional(),
})
export interface StaffIdentity {
  subject: string
  name: string
  email: string | undefined
  /** The role claim, when it names a role this app knows. */
  claimedRole: StaffRole | undefined
}

export interface StaffOidc {
  authorizationUrl(p: {
    redirectUri: string
    state: string
    nonce: string
    codeChallenge: string
  }): Promise<URL>
  /** Throws unless the ID token's signature, issuer, audience, expiry and nonce all check out. */
  exchangeCode(p: {
    callbackUrl: URL
    state: string
    nonce: string
    codeVerifier: string
  }): Promise<StaffIdentity>
}

/**
 * The staff sign-in, an OpenID Connect relying party on openid-client. The provider is
 * found by discovery, on first use rather than at start (the sandbox's own provider is on
 * the app's origin, which answers only once the gateway exists; and a provider that is down
 * at start must not stop pros from signing in). Non-repudiation checks make openid-client
 * verify the ID token's signature against the provider's JWKS too, not only its claims.
 */
export function createStaffOidc(staff: StaffOptions, timeoutMs: number): StaffOidc {
  let pending: Promise<client.Configuration> | undefined
  const insecure = staff.issuer.startsWith('http:') && isLoopbackUrl(staff.issuer)
  // Plain http is for the embedded sandbox on this machine only (the options refuse others).
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- loopback sandbox only, by design
  const loopbackOnly = insecure ? [client.allowInsecureRequests] : []
  const configuration = () =>
    (pending ??= client
      .discovery(
        new URL(staff.issuer),
        staff.client.id,
        undefined,
        client.ClientSecretBasic(staff.client.secret),
        {
          execute: [...loopbackOnly, client.enableNonRepudiationChecks],
          timeout: Math.ceil(timeoutMs / 1000),
        },
      )
      .catch((error: unknown) => {
        // Try discovery again next time, rather than remembering the failure.
        pending = undefined
        throw error
      }))

  return {
    authorizationUrl: async ({ redirectUri, state, nonce, codeChallenge }) =>
      client.buildAuthorizationUrl(await configuration(), {
        response_type: 'code',
        redirect_uri: redirectUri,
        scope: 'openid profile email',
        state,
        nonce,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }),
    exchangeCode: async ({ callbackUrl, state, nonce, codeVerifier }) => {
      const tokens = await client.authorizationCodeGrant(await configuration(), callbackUrl, {
        expectedState: state,
        expectedNonce: nonce,
        pkceCodeVerifier: codeVerifier,
        idTokenExpected: true,
      })
      const claims = tokens.claims()
      const identity = staffIdentitySchema.parse(claims)
      const role = staffRoleSchema.safeParse(claims?.[staff.roleClaim])
      return {
        subject: identity.sub,
        name: identity.name,
        email: identity.email,
        claimedRole: role.success ? role.data : undefined,
      }
    },
  }
}
