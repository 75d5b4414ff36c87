import type { Context } from 'hono'

import type { SessionRecord } from '../store/gateway-store'
import type { CallMatch } from './allowlist'
import type { GatewayDeps } from './gateway-deps'
import { GATEWAY_SCOPES } from './gateway-options'
import { gatewayProblem } from './problems'
import type { Who } from './session-profile'

type Matched = Extract<CallMatch, { kind: 'allowed' }>

/** Whose tokens a proxied call goes out with, and what to answer if that grant is gone. */
export interface Acting {
  grantID: string
  /** The business a staff member acts for (undefined for a pro's own calls). */
  businessID: string | undefined
  /** The grant was refused or deleted meanwhile: the Problem the browser gets. */
  whenGone: () => Response | Promise<Response>
}

const businessInPath = /^v4\/businesses\/(\d+)\//
const writeScope: string = GATEWAY_SCOPES[2]

/** The business's name from its last history row (it outlives the connection), or its ID. */
async function nameOf(deps: GatewayDeps, businessID: string): Promise<string> {
  try {
    const { entries } = await deps.store.audit.list({ businessID, limit: 1 })
    const name = entries[0]?.businessName
    return name ?? `Business ${businessID}`
  } catch {
    return `Business ${businessID}`
  }
}

export async function notConnected(c: Context, deps: GatewayDeps, businessID: string) {
  const name = await nameOf(deps, businessID)
  return gatewayProblem(
    c,
    'not-connected',
    `${name} is not connected: its pro has disconnected it, or has never signed in with Thumbtack here. Staff can act for it again once the pro signs in.`,
  )
}

/**
 * A pro's call uses their own sign-in's grant. A staff call is answered from the
 * connections (`/businesses`, `/users/self`) or goes out with the connection of the
 * business in its path; a viewer's write is refused here, before anything goes upstream.
 */
export async function actingGrant(
  c: Context,
  deps: GatewayDeps,
  session: SessionRecord,
  who: Who,
  match: Matched,
  ended: () => Response,
): Promise<Acting | Response> {
  if (who.kind === 'pro') {
    if (session.grantID === null) return ended()
    return { grantID: session.grantID, businessID: undefined, whenGone: ended }
  }
  if (match.call.name === 'businesses')
    return c.json(await connectedBusinesses(deps, match), 200, { 'Cache-Control': 'no-store' })
  if (match.call.name === 'self') {
    const [firstName, ...rest] = who.name.split(' ')
    const user = {
      userID: `staff:${who.subject}`,
      firstName,
      lastName: rest.join(' '),
      email: who.email,
    }
    return c.json(user, 200, { 'Cache-Control': 'no-store' })
  }
  if (match.call.method !== 'GET' && who.role !== 'support') {
    return gatewayProblem(
      c,
      'view-only',
      `${who.name} is a viewer: viewers may look at numbers, not change them.`,
    )
  }
  const businessID = businessInPath.exec(match.upstreamPath)?.[1]
  if (businessID === undefined)
    return gatewayProblem(c, 'not-found', 'Numbers Console does not forward this path.')
  const connections = await deps.store.connectionsFor(businessID)
  let chosen: string | undefined
  // Several pros may own one business: prefer a grant that may write, then the newest.
  for (const connection of connections) {
    const grant = await deps.store.findGrant(connection.grantID)
    if (grant?.scopes.split(' ').includes(writeScope)) {
      chosen = grant.id
      break
    }
    chosen ??= grant?.id
  }
  if (chosen === undefined) return notConnected(c, deps, businessID)
  return { grantID: chosen, businessID, whenGone: () => notConnected(c, deps, businessID) }
}

/** `GET /api/v4/businesses` for staff: every connected business, in Thumbtack's shape. */
async function connectedBusinesses(deps: GatewayDeps, match: Matched) {
  const byID = new Map<string, { businessID: string; name: string; imageURL: null }>()
  for (const connection of await deps.store.listConnections()) {
    byID.set(connection.businessID, {
      businessID: connection.businessID,
      name: connection.businessName,
      imageURL: null,
    })
  }
  const all = [...byID.values()]
  const limit = Number(match.query.get('limit') ?? 20)
  const offset = Number(match.query.get('offset') ?? 0)
  return {
    data: all.slice(offset, offset + limit),
    pagination: { limit, offset, total: all.length },
  }
}
