import { actorFromSession } from '../audit/audit-actor'
import { recordEvent } from '../audit/audit-event'
import type { BusinessSummary } from '../audit/upstream-shapes'
import type { SessionRecord } from '../store/gateway-store'
import { fetchBusinesses } from './business-directory'
import type { GatewayDeps } from './gateway-deps'

/** One row per business, so each business's History shows the visit; one row when none. */
async function recordFor(
  deps: GatewayDeps,
  session: SessionRecord,
  action: 'sign-in' | 'sign-out',
  businesses: BusinessSummary[] | undefined,
): Promise<void> {
  const actor = actorFromSession(session)
  const at = deps.now()
  const targets = businesses?.length ? businesses : [undefined]
  for (const b of targets) {
    await recordEvent(
      deps.store.audit,
      { actor, action, at, businessID: b?.businessID ?? null, businessName: b?.name ?? null },
      deps.log,
    )
  }
}

/** A pro's sign-in: their businesses are read once now, for the rows and for later names. */
export async function recordSignIn(
  deps: GatewayDeps,
  session: SessionRecord,
  accessToken: string,
): Promise<void> {
  const businesses =
    session.grantID === null ? undefined : await fetchBusinesses(deps, session.grantID, accessToken)
  await recordFor(deps, session, 'sign-in', businesses)
}

/** A sign-out, with the businesses this instance last saw for the grant. */
export async function recordSignOut(deps: GatewayDeps, session: SessionRecord): Promise<void> {
  const businesses = session.grantID === null ? undefined : deps.seen.businesses(session.grantID)
  await recordFor(deps, session, 'sign-out', businesses)
}
