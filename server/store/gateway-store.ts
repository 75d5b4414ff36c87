import { z } from 'zod'

import type { AuditLog } from '../audit/audit-log'

/**
 * The gateway's storage, one interface for SQLite (one machine) and PostgreSQL (many
 * instances). Token columns hold ciphertext only: the store never sees a token in clear.
 * Times are epoch milliseconds.
 */

// Drivers hand BIGINT back as a string (pg) or a number (better-sqlite3): both parse here.
const epochMs = z.coerce.number().int().nonnegative()

export const grantRecordSchema = z.object({
  id: z.string().min(1),
  userID: z.string().min(1),
  /** Space-separated, as OAuth sends them. */
  scopes: z.string(),
  accessToken: z.string().min(1),
  refreshToken: z.string().min(1).nullable(),
  accessExpiresAt: epochMs,
  /** Bumped by every token change, so a caller can tell whether someone refreshed. */
  version: epochMs,
  createdAt: epochMs,
  updatedAt: epochMs,
})
export type GrantRecord = z.infer<typeof grantRecordSchema>

export const subjectKindSchema = z.enum(['pro', 'staff'])

export const sessionRecordSchema = z.object({
  idHash: z.string().regex(/^[0-9a-f]{64}$/),
  subjectKind: subjectKindSchema,
  subjectID: z.string().min(1),
  /** JSON of who signed in (names, email), shown by /auth/session. */
  profile: z.string(),
  role: z.string().min(1),
  grantID: z.string().min(1).nullable(),
  createdAt: epochMs,
  lastSeenAt: epochMs,
  idleExpiresAt: epochMs,
  absoluteExpiresAt: epochMs,
})
export type SessionRecord = z.infer<typeof sessionRecordSchema>

/** A pro's business that staff may act for, through the grant of the pro's latest sign-in. */
export const connectionRecordSchema = z.object({
  businessID: z.string().min(1),
  businessName: z.string(),
  userID: z.string().min(1),
  grantID: z.string().min(1),
  connectedAt: epochMs,
  renewedAt: epochMs,
})
export type ConnectionRecord = z.infer<typeof connectionRecordSchema>

export const staffRoleSchema = z.enum(['support', 'viewer'])
export type StaffRole = z.infer<typeof staffRoleSchema>

export interface TokenUpdate {
  accessToken: string
  refreshToken: string | null
  accessExpiresAt: number
  scopes: string
  updatedAt: number
}

export interface GatewayStore {
  /** Saves a new grant and the session that uses it in one transaction. */
  createSession(session: SessionRecord, grant: GrantRecord | null): Promise<void>
  findSession(idHash: string): Promise<SessionRecord | undefined>
  touchSession(idHash: string, lastSeenAt: number, idleExpiresAt: number): Promise<void>
  /** Deletes the session, and its grant when no other session or connection uses it. */
  deleteSession(idHash: string): Promise<void>
  /** Deletes a grant and every session that uses it (the refresh token is dead). */
  deleteGrant(id: string): Promise<void>
  findGrant(id: string): Promise<GrantRecord | undefined>
  /**
   * Replaces the tokens only if the grant is still at `expectedVersion`; true when it was.
   * The new version is `expectedVersion + 1`.
   */
  updateGrantTokens(id: string, expectedVersion: number, update: TokenUpdate): Promise<boolean>
  /** Takes the grant's refresh lock if it is free or lapsed; true when this holder has it. */
  acquireRefreshLock(grantID: string, holder: string, now: number, ttlMs: number): Promise<boolean>
  releaseRefreshLock(grantID: string, holder: string): Promise<void>
  /** Housekeeping: drops sessions past either lifetime (and grants left unused); how many. */
  deleteExpiredSessions(now: number): Promise<number>
  /**
   * A pro's sign-in: their connections become exactly these businesses, on the new grant.
   * A business already connected keeps its `connectedAt`; one no longer listed is dropped.
   */
  replaceConnections(userID: string, connections: ConnectionRecord[]): Promise<void>
  /** Every connection (staff), or one pro's, ordered by business name. */
  listConnections(userID?: string): Promise<ConnectionRecord[]>
  /** The connections to one business (several pros may own it), newest renewal first. */
  connectionsFor(businessID: string): Promise<ConnectionRecord[]>
  /** Disconnect: one business of a pro's, or all of them when businessID is undefined. */
  deleteConnections(userID: string, businessID?: string): Promise<ConnectionRecord[]>
  /** A pro's grants that no session and no connection uses any more (revoke, then delete). */
  unusedGrants(userID: string): Promise<GrantRecord[]>
  /** The role the staff table gives this subject, if any (it overrides the ID token's). */
  findStaffRole(subject: string): Promise<StaffRole | undefined>
  putStaffRole(subject: string, role: StaffRole): Promise<void>
  /** The append-only history of writes and sign-ins (server/audit/). */
  readonly audit: AuditLog
  close(): Promise<void>
}
