import * as client from 'openid-client'

import type { GatewayOptions } from './gateway-options'
import { isLoopbackUrl } from './gateway-options'

/**
 * The confidential OAuth client, on openid-client. Thumbtack publishes no discovery
 * document, so the Configuration is built from explicit metadata; the client authenticates
 * with HTTP Basic, as Thumbtack expects.
 */
export interface TokenSet {
  accessToken: string
  /** Undefined when the server did not rotate it: keep the one in hand. */
  refreshToken: string | undefined
  expiresInSeconds: number
  /** Space-separated; undefined when the server did not say (it granted what was asked). */
  scope: string | undefined
}

export class RefreshRejected extends Error {
  constructor(readonly reason: string) {
    super(`The refresh token was refused (${reason}).`)
  }
}

export interface OAuthClient {
  authorizationUrl(p: { redirectUri: string; state: string; codeChallenge: string }): URL
  exchangeCode(p: { callbackUrl: URL; state: string; codeVerifier: string }): Promise<TokenSet>
  /** Throws RefreshRejected on `invalid_grant`: the refresh token is dead, sign in again. */
  refresh(refreshToken: string): Promise<TokenSet>
  revoke(refreshToken: string): Promise<void>
}

function tokenSet(response: client.TokenEndpointResponse): TokenSet {
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    // RFC 6749 makes expires_in optional; Thumbtack's tokens live an hour.
    expiresInSeconds: response.expires_in ?? 3600,
    scope: response.scope,
  }
}

export function createOAuthClient(options: GatewayOptions): OAuthClient {
  const server = options.authorizationServer
  const config = new client.Configuration(
    {
      issuer: server.issuer,
      authorization_endpoint: server.authorizationEndpoint,
      token_endpoint: server.tokenEndpoint,
      revocation_endpoint: server.revocationEndpoint,
    },
    options.client.id,
    undefined,
    client.ClientSecretBasic(options.client.secret),
  )
  config.timeout = Math.ceil(options.upstreamTimeoutMs / 1000)
  const endpoints = [server.authorizationEndpoint, server.tokenEndpoint, server.revocationEndpoint]
  // Plain http is for the embedded sandbox on this machine only (the options refuse others).
  if (endpoints.some((u) => u.startsWith('http:')) && endpoints.every(isLoopbackUrl)) {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- loopback sandbox only, by design
    client.allowInsecureRequests(config)
  }
  const scope = options.scopes.join(' ')

  return {
    authorizationUrl: ({ redirectUri, state, codeChallenge }) =>
      client.buildAuthorizationUrl(config, {
        response_type: 'code',
        redirect_uri: redirectUri,
        scope,
        state,
        audience: options.audience,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      }),
    exchangeCode: async ({ callbackUrl, state, codeVerifier }) =>
      tokenSet(
        await client.authorizationCodeGrant(config, callbackUrl, {
          expectedState: state,
          pkceCodeVerifier: codeVerifier,
          idTokenExpected: false,
        }),
      ),
    refresh: async (refreshToken) => {
      try {
        return tokenSet(await client.refreshTokenGrant(config, refreshToken))
      } catch (error) {
        if (error instanceof client.ResponseBodyError && error.error === 'invalid_grant') {
          throw new RefreshRejected(error.error)
        }
        throw error
      }
    },
    revoke: (refreshToken) =>
      client.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' }),
  }
}
