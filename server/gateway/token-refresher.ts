import { randomUUID } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'

import type { GatewayStore, GrantRecord } from '../store/gateway-store'
import { openAccessToken, openRefreshToken, sealTokens } from './grant-tokens'
import { RefreshRejected, type OAuthClient } from './oauth-client'
import type { TokenCipher } from './token-cipher'

/** The grant is gone or its refresh token is dead: the browser must sign in again. */
export class SessionEnded extends Error {}
/** Another holder kept the refresh lock past the wait: try again shortly. */
export class RefreshBusy extends Error {}

export interface RefresherDeps {
  store: GatewayStore
  oauth: OAuthClient
  cipher: TokenCipher
  now: () => number
  skewMs: number
  scope: string
  lockTtlMs?: number
  waitMs?: number
  pollMs?: number
}

export interface Access {
  accessToken: string
  /** The grant version this token belongs to: pass it back as `stale` if upstream refuses it. */
  version: number
}

/**
 * Refreshes a grant once, however many requests and instances need it at the same moment:
 * in-process callers share one promise; across instances a lock row in the store lets one
 * holder call the token endpoint while the others re-read the grant until it changes. The
 * rotated refresh token is saved before the new access token is used.
 */
export function createTokenRefresher(deps: RefresherDeps) {
  const { store, cipher, now, skewMs } = deps
  const lockTtlMs = deps.lockTtlMs ?? 30_000
  const waitMs = deps.waitMs ?? 20_000
  const pollMs = deps.pollMs ?? 40
  const inFlight = new Map<string, Promise<Access>>()

  const usable = (g: GrantRecord, stale: number | undefined) =>
    g.version !== stale && g.accessExpiresAt - skewMs > now()

  async function load(grantID: string): Promise<GrantRecord> {
    const grant = await store.findGrant(grantID)
    if (!grant) throw new SessionEnded('The sign-in is no longer on record.')
    return grant
  }

  function access(grant: GrantRecord): Access {
    const accessToken = openAccessToken(cipher, grant)
    // A token sealed under a key since removed from SESSION_KEYS cannot be used.
    if (accessToken === undefined)
      throw new SessionEnded('The sign-in was sealed by a retired key.')
    return { accessToken, version: grant.version }
  }

  async function refreshHeld(grantID: string, stale: number | undefined): Promise<Access> {
    const grant = await load(grantID)
    if (usable(grant, stale)) return access(grant)
    const refreshToken = openRefreshToken(cipher, grant)
    if (refreshToken === undefined) {
      await store.deleteGrant(grantID)
      throw new SessionEnded('The sign-in has no refresh token.')
    }
    let tokens
    try {
      tokens = await deps.oauth.refresh(refreshToken)
    } catch (error) {
      if (error instanceof RefreshRejected) {
        await store.deleteGrant(grantID)
        throw new SessionEnded('Thumbtack refused the refresh token.')
      }
      // A failed token call must not end a session whose access token still works.
      if (grant.version !== stale && grant.accessExpiresAt > now()) return access(grant)
      throw error
    }
    const update = sealTokens(cipher, grantID, tokens, grant.refreshToken, now(), deps.scope)
    if (!(await store.updateGrantTokens(grantID, grant.version, update))) {
      throw new RefreshBusy('The sign-in changed while it was renewed.')
    }
    return { accessToken: tokens.accessToken, version: grant.version + 1 }
  }

  async function refreshUnderLock(grantID: string, stale: number | undefined): Promise<Access> {
    const holder = randomUUID()
    const giveUpAt = performance.now() + waitMs
    for (;;) {
      const grant = await load(grantID)
      if (usable(grant, stale)) return access(grant)
      if (await store.acquireRefreshLock(grantID, holder, now(), lockTtlMs)) {
        try {
          return await refreshHeld(grantID, stale)
        } finally {
          await store.releaseRefreshLock(grantID, holder)
        }
      }
      if (performance.now() > giveUpAt) throw new RefreshBusy('The sign-in is being renewed.')
      await delay(pollMs)
    }
  }

  return {
    /** A usable access token; `stale` names a version upstream just refused. */
    async accessFor(grantID: string, stale?: number): Promise<Access> {
      const grant = await load(grantID)
      if (usable(grant, stale)) return access(grant)
      const pending = inFlight.get(grantID)
      if (pending) return pending
      const flight = refreshUnderLock(grantID, stale).finally(() => inFlight.delete(grantID))
      inFlight.set(grantID, flight)
      return flight
    },
  }
}

export type TokenRefresher = ReturnType<typeof createTokenRefresher>
