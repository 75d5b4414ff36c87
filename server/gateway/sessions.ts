import { randomUUID } from 'node:crypto'

import { z } from 'zod'

import type { GatewayStore, SessionRecord } from '../store/gateway-store'
import { sealTokens } from './grant-tokens'
import type { TokenSet } from './oauth-client'
import { hashSessionID, isSessionID, newSessionID } from './session-id'
import type { TokenCipher } from './token-cipher'

/** `GET /api/v4/users/self`, read once at sign-in: who the session belongs to. */
export const thumbtackUserSchema = z.object({
  userID: z.string().min(1),
  email: z.string().optional(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
})
export type ThumbtackUser = z.infer<typeof thumbtackUserSchema>

export type ResolvedSession =
  | { kind: 'none' }
  | { kind: 'ended' }
  | { kind: 'active'; session: SessionRecord; user: ThumbtackUser }

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
      const user = thumbtackUserSchema.parse(JSON.parse(session.profile))
      return { kind: 'active', session, user }
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
        idHash: hashSessionID(id),
        subjectKind: 'pro',
        subjectID: user.userID,
        profile: JSON.stringify(user),
        role: 'pro',
        grantID,
        createdAt: at,
        lastSeenAt: at,
        idleExpiresAt: Math.min(at + idleMs, at + absoluteMs),
        absoluteExpiresAt: at + absoluteMs,
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

    end: (cookie: string) =>
      isSessionID(cookie) ? store.deleteSession(hashSessionID(cookie)) : Promise.resolve(),
  }
}

export type Sessions = ReturnType<typeof createSessions>
