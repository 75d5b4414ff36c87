import type { Database } from 'better-sqlite3'
import { secretHash } from './secret-hash.ts'

export interface AccessTokenRow {
  personaID: string
  scope: string
  expiresAt: number
  /** Set when the token itself or its grant was revoked. */
  revokedAt: number | null
}

export interface RefreshTokenRow {
  tokenHash: string
  grantID: string
  clientID: string
  personaID: string
  /** The grant's scope: what every access token from this refresh token may hold at most. */
  scope: string
  expiresAt: number
  usedAt: number | null
  successorSealed: string | null
  revokedAt: number | null
}

/** Which refresh tokens a fault revokes: all, one by value, or every one of a persona. */
export type RefreshTarget = { all: true } | { token: string } | { personaID: string }

export function oauthTokenQueries(db: Database) {
  const insertAccess = db.prepare<[string, string, string, number, number]>(
    `INSERT INTO oauth_access_tokens (token_hash, grant_id, scope, issued_at, expires_at)
     VALUES (?, ?, ?, ?, ?)`,
  )
  const findAccess = db.prepare<[string], AccessTokenRow>(
    `SELECT g.persona_id AS personaID, t.scope, t.expires_at AS expiresAt,
     COALESCE(t.revoked_at, g.revoked_at) AS revokedAt
     FROM oauth_access_tokens t JOIN oauth_grants g ON g.id = t.grant_id WHERE t.token_hash = ?`,
  )
  const revokeAccess = db.prepare<[number, string]>(
    'UPDATE oauth_access_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
  )
  const expireAccess = db.prepare<[{ now: number }]>(
    'UPDATE oauth_access_tokens SET expires_at = @now WHERE expires_at > @now',
  )
  const insertRefresh = db.prepare<[string, string, number, number]>(
    `INSERT INTO oauth_refresh_tokens (token_hash, grant_id, issued_at, expires_at)
     VALUES (?, ?, ?, ?)`,
  )
  const findRefresh = db.prepare<[string], RefreshTokenRow>(
    `SELECT r.token_hash AS tokenHash, r.grant_id AS grantID, g.client_id AS clientID,
     g.persona_id AS personaID, g.scope, r.expires_at AS expiresAt, r.used_at AS usedAt,
     r.successor_sealed AS successorSealed, COALESCE(r.revoked_at, g.revoked_at) AS revokedAt
     FROM oauth_refresh_tokens r JOIN oauth_grants g ON g.id = r.grant_id
     WHERE r.token_hash = ?`,
  )
  // Only the first exchange of a token wins; a concurrent second one sees 0 changes.
  const markUsed = db.prepare<[number, string, string]>(
    `UPDATE oauth_refresh_tokens SET used_at = ?, successor_sealed = ?
     WHERE token_hash = ? AND used_at IS NULL`,
  )
  const revokeOne = db.prepare<[number, string]>(
    'UPDATE oauth_refresh_tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
  )
  const revokeAll = db.prepare<[number]>(
    'UPDATE oauth_refresh_tokens SET revoked_at = ? WHERE revoked_at IS NULL',
  )
  const revokePersona = db.prepare<[number, string]>(
    `UPDATE oauth_refresh_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND grant_id IN
     (SELECT id FROM oauth_grants WHERE persona_id = ?)`,
  )

  return {
    insertAccess: (token: string, grantID: string, scope: string, now: number, expires: number) =>
      insertAccess.run(secretHash(token), grantID, scope, now, expires),
    findAccess: (token: string) => findAccess.get(secretHash(token)),
    revokeAccess: (token: string, nowMs: number) =>
      revokeAccess.run(nowMs, secretHash(token)).changes,
    /** Every OAuth access token issued so far stops working now (the expireTokens fault). */
    expireAllAccess: (nowMs: number) => expireAccess.run({ now: nowMs }).changes,
    insertRefresh: (token: string, grantID: string, nowMs: number, expiresAt: number) =>
      insertRefresh.run(secretHash(token), grantID, nowMs, expiresAt),
    findRefresh: (token: string) => findRefresh.get(secretHash(token)),
    /** True for the one caller that rotated this token first. */
    markRefreshUsed: (tokenHash: string, nowMs: number, successorSealed: string) =>
      markUsed.run(nowMs, successorSealed, tokenHash).changes === 1,
    revokeRefresh(target: RefreshTarget, nowMs: number): number {
      if ('all' in target) return revokeAll.run(nowMs).changes
      if ('token' in target) return revokeOne.run(nowMs, secretHash(target.token)).changes
      return revokePersona.run(nowMs, target.personaID).changes
    },
  }
}

export type OAuthTokenQueries = ReturnType<typeof oauthTokenQueries>
