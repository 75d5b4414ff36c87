import BetterSqlite3, { type Database } from 'better-sqlite3'
import { migrate } from './schema.ts'

export const MEMORY = ':memory:'

/** Opens (creating if needed) and migrates the sandbox database. */
export function openDatabase(path: string): Database {
  const db = new BetterSqlite3(path)
  if (path !== MEMORY) {
    // WAL lets a reader (a test, the sqlite3 CLI) look while the server writes.
    db.pragma('journal_mode = WAL')
    db.pragma('synchronous = NORMAL')
  }
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrate(db)
  return db
}

/** better-sqlite3's SqliteError code, e.g. SQLITE_CONSTRAINT_UNIQUE, for any thrown value. */
export function constraintCode(error: unknown): string | undefined {
  if (!(error instanceof Error) || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}
