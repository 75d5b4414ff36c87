import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export type Dialect = 'sqlite' | 'postgres'

export interface Migration {
  version: number
  name: string
  sql: string
}

const migrationsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations')

// `NNN-name.sql` serves both databases; `NNN-name.sqlite.sql` / `NNN-name.postgres.sql`
// hold the rare statement the two spell differently (an identity column, say).
const fileName = /^(\d{3})-([a-z0-9-]+?)(?:\.(sqlite|postgres))?\.sql$/

/** The migrations for one dialect, in version order; a version may not appear twice. */
export function loadMigrations(dialect: Dialect, dir = migrationsDir): Migration[] {
  const byVersion = new Map<number, Migration>()
  for (const file of readdirSync(dir).sort()) {
    const match = fileName.exec(file)
    if (!match) continue
    const [, digits = '', name = '', only] = match
    if (only !== undefined && only !== dialect) continue
    const version = Number(digits)
    if (byVersion.has(version)) {
      throw new Error(`Two migrations claim version ${digits} for ${dialect}: rename one.`)
    }
    byVersion.set(version, { version, name, sql: readFileSync(path.join(dir, file), 'utf8') })
  }
  return [...byVersion.values()].sort((a, b) => a.version - b.version)
}

export const migrationsTable = `CREATE TABLE IF NOT EXISTS gateway_schema_migrations (
  version BIGINT PRIMARY KEY,
  name TEXT NOT NULL,
  applied_at BIGINT NOT NULL
)`
