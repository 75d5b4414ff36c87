import { randomBytes } from 'node:crypto'
import type { Database } from 'better-sqlite3'

/** Thumbtack access tokens live 3600 s; the sandbox's do too. */
export const TOKEN_LIFETIME_MS = 3600 * 1000

export interface TokenRow {
  personaID: string
  expiresAt: number
}

export function tokenQueries(db: Database) {
  const find = db.prepare<[string], TokenRow>(
    'SELECT persona_id AS personaID, expires_at AS expiresAt FROM tokens WHERE token = ?',
  )
  const current = db.prepare<[string, number], string>(
    `SELECT token FROM tokens WHERE persona_id = ? AND expires_at > ?
     ORDER BY expires_at DESC LIMIT 1`,
  )
  current.pluck()
  const insert = db.prepare<[string, string, number, number]>(
    'INSERT INTO tokens (token, persona_id, issued_at, expires_at) VALUES (?, ?, ?, ?)',
  )
  const expireAll = db.prepare<[{ now: number }]>(
    'UPDATE tokens SET expires_at = @now WHERE expires_at > @now',
  )

  return {
    find: (token: string) => find.get(token),
    /** The persona's newest valid token, or a freshly issued one if it has none. */
    currentFor(personaID: string, nowMs: number): string {
      const existing = current.get(personaID, nowMs)
      if (existing !== undefined) return existing
      const token = `sbx_${randomBytes(24).toString('base64url')}`
      insert.run(token, personaID, nowMs, nowMs + TOKEN_LIFETIME_MS)
      return token
    },
    /** Every token issued so far stops working now; later ones are unaffected. */
    expireAll: (nowMs: number) => expireAll.run({ now: nowMs }).changes,
  }
}

export type TokenQueries = ReturnType<typeof tokenQueries>
