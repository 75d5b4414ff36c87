import { z } from 'zod'

import type { ConnectionRecord } from '../store/gateway-store'
import type { GatewayDeps } from './gateway-deps'
import { gatewayGet } from './gateway-call'
import { openRefreshToken } from './grant-tokens'

const PAGE = 1000
// A pro with more businesses than this is not one person's shop; stop reading, keep these.
const MAX_PAGES = 5

const businessesPageSchema = z.object({
  data: z.array(z.object({ businessID: z.string().regex(/^\d{1,30}$/), name: z.string() })),
  pagination: z.object({ total: z.number().int().optional() }).partial().optional(),
})

/** The businesses this token reaches, or undefined when Thumbtack did not say. */
async function businessesOf(deps: GatewayDeps, accessToken: string) {
  const found: { businessID: string; name: string }[] = []
  for (let page = 0; page < MAX_PAGES; page++) {
    const query = new URLSearchParams({ limit: String(PAGE), offset: String(page * PAGE) })
    const answer = await gatewayGet(
      deps,
      accessToken,
      'businesses',
      'v4/businesses',
      businessesPageSchema,
      query,
    )
    if (!answer) return undefined
    found.push(...answer.data)
    const total = answer.pagination?.total
    if (answer.data.length < PAGE || (total !== undefined && found.length >= total)) break
  }
  return found
}

/**
 * A pro's sign-in connects (or renews) each business they own, on this sign-in's grant, so
 * staff can act for them after the pro has signed out. Grants of earlier sign-ins that no
 * session or connection uses any more are revoked at Thumbtack and forgotten.
 */
export async function connectBusinesses(
  deps: GatewayDeps,
  userID: string,
  grantID: string,
  accessToken: string,
): Promise<ConnectionRecord[]> {
  const businesses = await businessesOf(deps, accessToken)
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
