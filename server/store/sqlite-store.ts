import { mkdirSync } from 'node:fs'
import path from 'node:path'

import BetterSqlite3, { type Database } from 'better-sqlite3'

import type { GatewayStore } from './gateway-store'
import { loadMigrations, migrationsTable } from './migrations'
import { createSqlStore, type SqlRunner } from './sql-store'

/** The embedded default: one file (`.data/gateway.sqlite`), one gateway instance. */
export function openSqliteStore(file: string): GatewayStore {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const db = new BetterSqlite3(file)
  if (file !== ':memory:') db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 5000')
  migrateSqlite(db)
  return createSqlStore(sqliteRunner(db))
}

function migrateSqlite(db: Database): void {
  db.exec(migrationsTable)
  const applied = new Set(
    db
      .prepare('SELECT version FROM gateway_schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  )
  const record = db.prepare(
    'INSERT INTO gateway_schema_migrations (version, name, applied_at) VALUES (?, ?, ?)',
  )
  for (const m of loadMigrations('sqlite')) {
    if (applied.has(m.version)) continue
    db.transaction(() => {
      db.exec(m.sql)
      record.run(m.version, m.name, Date.now())
    }).immediate()
  }
}

function sqliteRunner(db: Database): SqlRunner {
  // Synchronous underneath, so a batch is one real transaction with nothing interleaved.
  const batch = db.transaction((statements: { sql: string; params: unknown[] }[]) =>
    statements.map((s) => db.prepare(s.sql).run(...s.params).changes),
  )
  return {
    all: ({ sql, params }) =>
      Promise.resolve(db.prepare<unknown[], Record<string, unknown>>(sql).all(...params)),
    batch: (statements) => Promise.resolve(batch.immediate(statements)),
    close: () => {
      db.close()
      return Promise.resolve()
    },
  }
}
