import type { Database } from 'better-sqlite3'
import { secretHash } from './secret-hash.ts'

export interface NewCode {
  code: string
  clientID: string
  personaID: string
  redirectURI: string
  scope: string
  codeChallenge: string | null
  issuedAt: number
  expiresAt: number
}

export interface CodeRow {
  codeHash: string
  clientID: string
  personaID: string
  redirectURI: string
  scope: string
  codeChallenge: string | null
  expiresAt: number
  usedAt: number | null
}

export interface NewGrant {
  id: string
  codeHash: string
  clientID: string
  personaID: string
  scope: string
  createdAt: number
}

/** Authorization codes and the grants their exchanges start. */
export function oauthCodeQueries(db: Database) {
  const insert = db.prepare<[NewCode & { codeHash: string }]>(
    `INSERT INTO oauth_codes (code_hash, client_id, persona_id, redirect_uri, scope,
     code_challenge, issued_at, expires_at)
     VALUES (@codeHash, @clientID, @personaID, @redirectURI, @scope, @codeChallenge, @issuedAt,
     @expiresAt)`,
  )
  const find = db.prepare<[string], CodeRow>(
    `SELECT code_hash AS codeHash, client_id AS clientID, persona_id AS personaID,
     redirect_uri AS redirectURI, scope, code_challenge AS codeChallenge,
     expires_at AS expiresAt, used_at AS usedAt FROM oauth_codes WHERE code_hash = ?`,
  )
  // The WHERE makes "use once" the database's decision, not a read-then-write race.
  const markUsed = db.prepare<[number, string]>(
    'UPDATE oauth_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL',
  )
  const insertGrant = db.prepare<[NewGrant]>(
    `INSERT INTO oauth_grants (id, code_hash, client_id, persona_id, scope, created_at)
     VALUES (@id, @codeHash, @clientID, @personaID, @scope, @createdAt)`,
  )
  const revokeByCode = db.prepare<[number, string]>(
    'UPDATE oauth_grants SET revoked_at = ? WHERE code_hash = ? AND revoked_at IS NULL',
  )
  const revokeGrant = db.prepare<[number, string]>(
    'UPDATE oauth_grants SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
  )

  return {
    insert: (code: NewCode) => insert.run({ ...code, codeHash: secretHash(code.code) }),
    find: (code: string) => find.get(secretHash(code)),
    /** True for the one caller that used the code first. */
    markUsed: (codeHash: string, nowMs: number) => markUsed.run(nowMs, codeHash).changes === 1,
    insertGrant: (grant: NewGrant) => insertGrant.run(grant),
    /** Ends every token issued from this code (a replayed code: RFC 6749 section 4.1.2). */
    revokeGrantOfCode: (codeHash: string, nowMs: number) =>
      revokeByCode.run(nowMs, codeHash).changes,
    revokeGrant: (grantID: string, nowMs: number) => revokeGrant.run(nowMs, grantID).changes,
  }
}

export type OAuthCodeQueries = ReturnType<typeof oauthCodeQueries>
