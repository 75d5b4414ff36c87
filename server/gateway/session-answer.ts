import type { SessionRecord } from '../store/gateway-store'
import type { GatewayDeps } from './gateway-deps'
import { GATEWAY_SCOPES } from './gateway-options'
import type { Who } from './session-profile'

const readScope: string = GATEWAY_SCOPES[1]
const writeScope: string = GATEWAY_SCOPES[2]

/**
 * The body of `GET /auth/session` for a signed-in browser: who (kind, name, role) and what
 * they may do, never a token. A staff member's `user` carries their provider subject, so
 * the page's per-user state (drafts) stays apart from every pro's.
 */
export async function sessionAnswer(deps: GatewayDeps, session: SessionRecord, who: Who) {
  const times = {
    expiresAt: new Date(Math.min(session.idleExpiresAt, session.absoluteExpiresAt)).toISOString(),
    absoluteExpiresAt: new Date(session.absoluteExpiresAt).toISOString(),
    devTokenSignIn: deps.options.devTokenSignIn,
  }
  if (who.kind === 'staff') {
    return {
      signedIn: true,
      kind: 'staff',
      name: who.name,
      user: {
        userID: `staff:${who.subject}`,
        firstName: who.name,
        ...(who.email === undefined ? {} : { email: who.email }),
      },
      role: who.role,
      scopes: [],
      canRead: true,
      canWrite: who.role === 'support',
      canDisconnect: false,
      ...times,
    }
  }
  const grant = session.grantID === null ? undefined : await deps.store.findGrant(session.grantID)
  const scopes = (grant?.scopes ?? '').split(' ').filter(Boolean)
  return {
    signedIn: true,
    kind: 'pro',
    name: who.name,
    user: who.user,
    role: session.role,
    scopes,
    canRead: scopes.includes(readScope),
    canWrite: scopes.includes(writeScope),
    canDisconnect: true,
    ...times,
  }
}
