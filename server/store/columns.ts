import {
  grantRecordSchema,
  sessionRecordSchema,
  type GrantRecord,
  type SessionRecord,
} from './gateway-store'

/** The SQL both adapters share: the same column lists, mapped to records in one place. */

export const grantColumns = `id, user_id, scopes, access_token, refresh_token,
  access_expires_at, version, created_at, updated_at`

export const sessionColumns = `id_hash, subject_kind, subject_id, profile, role, grant_id,
  created_at, last_seen_at, idle_expires_at, absolute_expires_at`

export function grantValues(g: GrantRecord): unknown[] {
  return [
    g.id,
    g.userID,
    g.scopes,
    g.accessToken,
    g.refreshToken,
    g.accessExpiresAt,
    g.version,
    g.createdAt,
    g.updatedAt,
  ]
}

export function sessionValues(s: SessionRecord): unknown[] {
  return [
    s.idHash,
    s.subjectKind,
    s.subjectID,
    s.profile,
    s.role,
    s.grantID,
    s.createdAt,
    s.lastSeenAt,
    s.idleExpiresAt,
    s.absoluteExpiresAt,
  ]
}

export function grantFromRow(row: Record<string, unknown>): GrantRecord {
  return grantRecordSchema.parse({
    id: row.id,
    userID: row.user_id,
    scopes: row.scopes,
    accessToken: row.access_token,
    refreshToken: row.refresh_token,
    accessExpiresAt: row.access_expires_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  })
}

export function sessionFromRow(row: Record<string, unknown>): SessionRecord {
  return sessionRecordSchema.parse({
    idHash: row.id_hash,
    subjectKind: row.subject_kind,
    subjectID: row.subject_id,
    profile: row.profile,
    role: row.role,
    grantID: row.grant_id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    idleExpiresAt: row.idle_expires_at,
    absoluteExpiresAt: row.absolute_expires_at,
  })
}

export function questionMarks(count: number): string {
  return Array.from({ length: count }, () => '?').join(', ')
}

/** pg numbers its parameters (`$1`); the shared SQL is written with `?` and renumbered. */
export function numbered(sql: string): string {
  let n = 0
  return sql.replace(/\?/g, () => `$${++n}`)
}
