import { randomUUID } from 'node:crypto'

import { actorFromSession } from '../audit/audit-actor'
import { recordEvent } from '../audit/audit-event'
import type { ConnectionRecord, SessionRecord } from '../store/gateway-store'
import type { GatewayDeps } from './gateway-deps'
import { openRefreshToken } from './grant-tokens'

/**
 * A pro's sign-in connects (or renews) each business they own, on this sign-in's grant, so
 * staff can act for them after the pro has signed out. Grants of earlier sign-ins that no
 * session or connection uses any more are revoked at Thumbtack and forgotten.
 */
export async function connectBusinesses(
  deps: GatewayDeps,
  session: SessionRecord & { grantID: string },
  businesses: readonly { businessID: string; name: string }[] | undefined,
): Promise<ConnectionRecord[]> {
  const { subjectID: userID, grantID } = session
  if (businesses === undefined) {
    // Keep whatever was connected: a failed list is not "owns nothing".
    deps.log('sign-in: the businesses could not be listed, so no connection was renewed')
    return []
  }
  const at = deps.now()
  const connections = businesses.map((b) => ({
    businessID: b.businessID,
    businessName: b.name,
    userID,
    grantID,
    connectedAt: at,
    renewedAt: at,
  }))
  await deps.store.replaceConnections(userID, connections)
  const actor = actorFromSession(session)
  const requestID = randomUUID()
  for (const b of businesses) {
    const event = {
      actor,
      action: 'connect',
      at,
      businessID: b.businessID,
      businessName: b.name,
      requestID,
    } as const
    await recordEvent(deps.store.audit, event, deps.log)
  }
  await retireUnusedGrants(deps, userID)
  return deps.store.listConnections(userID)
}

/** Revokes (best effort) and deletes the pro's grants nothing uses any more. */
export async function retireUnusedGrants(deps: GatewayDeps, userID: string): Promise<void> {
  for (const grant of await deps.store.unusedGrants(userID)) {
    const refreshToken = openRefreshToken(deps.cipher, grant)
    if (refreshToken !== undefined) {
      await deps.oauth.revoke(refreshToken).catch((e: unknown) => {
        deps.log(`revoking an unused grant failed (${e instanceof Error ? e.message : 'unknown'})`)
      })
    }
    await deps.store.deleteGrant(grant.id)
  }
}
