import type { GatewayStore } from '../../store/gateway-store'
import { SESSION_COOKIE } from '../cookies'
import { hashSessionID, newSessionID } from '../session-id'

/**
 * A staff session put straight into the store, as staff sign-in (issue 10 part 1) will
 * make one: no grant of its own. Returns the cookie pair.
 */
export async function staffSession(store: GatewayStore, now: number): Promise<string> {
  const id = newSessionID()
  await store.createSession(
    {
      idHash: hashSessionID(id),
      subjectKind: 'staff',
      subjectID: 'sam',
      // userID: the gateway reads every profile as Thumbtack's user until staff sign-in lands.
      profile: JSON.stringify({ userID: 'sam', name: 'Sam Ortiz', email: 'sam@example.com' }),
      role: 'support',
      grantID: null,
      createdAt: now,
      lastSeenAt: now,
      idleExpiresAt: now + 3_600_000,
      absoluteExpiresAt: now + 3_600_000,
    },
    null,
  )
  return `${SESSION_COOKIE}=${id}`
}
