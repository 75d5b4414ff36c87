import type { SeenUpstream } from '../audit/seen-upstream'
import type { GatewayStore } from '../store/gateway-store'
import type { GatewayOptions } from './gateway-options'
import type { OAuthClient } from './oauth-client'
import type { Sessions } from './sessions'
import type { TokenCipher } from './token-cipher'
import type { TokenRefresher } from './token-refresher'
import type { SendUpstream } from './upstream'

/** Everything the routes share, built once by createGateway. */
export interface GatewayDeps {
  options: GatewayOptions
  store: GatewayStore
  oauth: OAuthClient
  cipher: TokenCipher
  sessions: Sessions
  refresher: TokenRefresher
  send: SendUpstream
  /** What Thumbtack last said per grant, for the history's "before" and business names. */
  seen: SeenUpstream
  now: () => number
  /** The origin the browser uses: PUBLIC_ORIGIN, or in sandbox mode the request's own. */
  originFor: (requestUrl: string) => string
  log: (message: string) => void
}

export const CALLBACK_PATH = '/auth/callback'
