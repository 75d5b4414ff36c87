import { randomUUID } from 'node:crypto'

import type { GatewayStore, SessionRecord, StaffRole } from '../store/gateway-store'
import { sealTokens } from './grant-tokens'
import type { TokenSet } from './oauth-client'
import { hashSessionID, isSessionID, newSessionID } from './session-id'
import { proProfile, staffProfile, whoOf, type ThumbtackUser, type Who } from './session-profile'
import type { TokenCipher } from './token-cipher'

export type ResolvedSession =
  { kind: 'none' } | { kind: 'ended' } | { kind: 'active'; session: SessionRecord; who: Who }

export interface SessionDeps {
  store: GatewayStore
  cipher: TokenCipher
  now: () => number
  idleMs: number
  absoluteMs: number
  scope: string
}

// Sliding the idle end on every request would be a write per call; once a minute is enough.
const TOUCH_EVERY_MS = 60_000

export function createSessions(deps: SessionDeps) {
  const { store, now, idleMs, absoluteMs } = deps
  const lifetimes = (at: number) => ({
    createdAt: at,
    lastSeenAt: at,
    idleExpiresAt: Math.min(at + idleMs, at + absoluteMs),
    absoluteExpiresAt: at + absoluteMs,
  })
  return {
    async resolve(cookie: string | undefined): Promise<ResolvedSession> {
      if (cookie === undefined) return { kind: 'none' }
      // A cookie that is not (or no longer) a session: it ended, or it never was one.
      if (!isSessionID(cookie)) return { kind: 'ended' }
      const idHash = hashSessionID(cookie)
      const session = await store.findSession(idHash)
      if (!session) return { kind: 'ended' }
      const at = now()
      if (session.idleExpiresAt <= at || session.absoluteExpiresAt <= at) {
        await store.deleteSession(idHash)
        return { kind: 'ended' }
      }
      if (at - session.lastSeenAt >= TOUCH_EVERY_MS) {
        const idleExpiresAt = Math.min(at + idleMs, session.absoluteExpiresAt)
        await store.touchSession(idHash, at, idleExpiresAt)
        Object.assign(session, { lastSeenAt: at, idleExpiresAt })
      }
      return { kind: 'active', session, who: whoOf(session) }
    },

    /** A new 256-bit ID for every sign-in; returns it for the cookie (only its hash is kept). */
    async create(
      user: ThumbtackUser,
      tokens: TokenSet,
    ): Promise<{ id: string; record: SessionRecord }> {
      const at = now()
      const id = newSessionID()
      const grantID = randomUUID()
      const sealed = sealTokens(deps.cipher, grantID, tokens, null, at, deps.scope)
      const record: SessionRecord = {
        ...lifetimes(at),
        idHash: hashSessionID(id),
        subjectKind: 'pro',
        subjectID: user.userID,
        profile: proProfile(user),
        role: 'pro',
        grantID,
      }
      await store.createSession(record, {
        id: grantID,
        userID: user.userID,
        ...sealed,
        version: 1,
        createdAt: at,
      })
      return { id, record }
    },

    /** Staff hold no Thumbtack grant of their own: they act through pros' connections. */
    async createStaff(staff: {
      subject: string
      name: string
      email: string | undefined
      role: StaffRole
    }): Promise<{ id: string; record: SessionRecord }> {
      const id = newSessionID()
      const record: SessionRecord = {
        ...lifetimes(now()),
        idHash: hashSessionID(id),
        subjectKind: 'staff',
        subjectID: staff.subject,
        profile: staffProfile(staff),
        role: staff.role,
        grantID: null,
      }
      await store.createSession(record, null)
      return { id, record }
    },

    end: (cookie: string) =>
      isSessionID(cookie) ? store.deleteSession(hashSessionID(cookie)) : Promise.resolve(),
  }
}

export type Sessions = ReturnType<typeof createSessions>
