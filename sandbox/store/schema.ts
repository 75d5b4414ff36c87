import type { Database } from 'better-sqlite3'
import { z } from 'zod'
import { OAUTH_MIGRATION } from './oauth-schema.ts'

// Migrations run in order; PRAGMA user_version records how many have been applied, so
// an existing .data/sandbox.sqlite is upgraded in place instead of being thrown away.
const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE personas (
    id TEXT PRIMARY KEY
  ) STRICT;

  CREATE TABLE businesses (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL
  ) STRICT;
  -- The businesses list is sorted by name and paged.
  CREATE INDEX businesses_by_name ON businesses (name, id);

  CREATE TABLE persona_businesses (
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    business_id TEXT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    PRIMARY KEY (persona_id, business_id)
  ) STRICT, WITHOUT ROWID;

  CREATE TABLE phone_numbers (
    id TEXT PRIMARY KEY,
    business_id TEXT NOT NULL REFERENCES businesses (id) ON DELETE CASCADE,
    phone_number TEXT NOT NULL,
    name TEXT NOT NULL,
    created_time TEXT NOT NULL,
    updated_time TEXT NOT NULL,
    last_activity_time TEXT NOT NULL,
    is_deleted INTEGER NOT NULL DEFAULT 0 CHECK (is_deleted IN (0, 1))
  ) STRICT;
  -- One query lists a business's numbers in insertion (rowid) order from this index.
  CREATE INDEX phone_numbers_by_business ON phone_numbers (business_id);
  -- The database, not the route, guarantees one active copy of a number per business:
  -- racing requests cannot both win. Removed rows are outside the index, so a removed
  -- number can be registered again.
  CREATE UNIQUE INDEX phone_numbers_active_unique
    ON phone_numbers (business_id, phone_number) WHERE is_deleted = 0;

  CREATE TABLE tokens (
    token TEXT PRIMARY KEY,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX tokens_by_persona ON tokens (persona_id, expires_at);
  `,
  OAUTH_MIGRATION,
]

export const SCHEMA_VERSION = MIGRATIONS.length

export function migrate(db: Database): void {
  const current = z
    .number()
    .int()
    .parse(db.pragma('user_version', { simple: true }))
  if (current > SCHEMA_VERSION) {
    throw new Error(
      `The sandbox database is at schema version ${current}, newer than this code (${SCHEMA_VERSION}). Delete it or update the code.`,
    )
  }
  const apply = db.transaction(() => {
    MIGRATIONS.slice(current).forEach((sql) => db.exec(sql))
    db.pragma(`user_version = ${SCHEMA_VERSION}`)
  })
  apply()
}
