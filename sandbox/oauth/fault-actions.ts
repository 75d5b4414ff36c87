import type { z } from 'zod'
import type { faultPatchSchema } from '../contract/sandbox-controls.ts'
import type { Store } from '../store/store.ts'

type FaultPatch = z.output<typeof faultPatchSchema>

/**
 * What a PUT /sandbox/faults does to stored tokens at once. expireTokens ends every access
 * token issued so far, from a demo sign-in or from /oauth2/token; revokeRefreshTokens
 * revokes refresh tokens only, so a test sees the next refresh fail with invalid_grant
 * (send expireTokens too to force that refresh now).
 */
export function applyTokenActions(store: Store, patch: FaultPatch, nowMs: number): void {
  if (patch.expireTokens === true) {
    store.tokens.expireAll(nowMs)
    store.oauthTokens.expireAllAccess(nowMs)
  }
  const target = patch.revokeRefreshTokens
  if (target !== undefined)
    store.oauthTokens.revokeRefresh(target === 'all' ? { all: true } : target, nowMs)
}
