import pg from 'pg'

import { numbered } from './columns'
import type { GatewayStore } from './gateway-store'
import { loadMigrations, migrationsTable } from './migrations'
import { createSqlStore, type SqlRunner } from './sql-store'

export interface PostgresStoreOptions {
  connectionString: string
  /** Pool size per instance; each request holds a connection for one short statement. */
  max?: number
}

// Any fixed number: every instance migrating at once takes the same advisory lock.
const MIGRATION_LOCK = 7_009_009

/** Many gateway instances share one PostgreSQL (`DATABASE_URL`), no sticky sessions. */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<GatewayStore> {
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.max ?? 10 })
  // An idle connection that PostgreSQL ends (a restart, a failover, an administrator) emits
  // 'error' on the pool; unheard, that event ends the whole process. The pool has already
  // dropped the connection and the next query opens a new one, so saying so is enough.
  pool.on('error', (error) => {
    console.warn(`[gateway] a PostgreSQL connection was closed (${error.message}); reconnecting`)
  })
  try {
    await migratePostgres(pool)
  } catch (error) {
    await pool.end()
    throw error
  }
  return createSqlStore(postgresRunner(pool))
}

async function migratePostgres(pool: pg.Pool): Promise<void> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(migrationsTable)
    const { rows } = await client.query<{ version: string }>(
      'SELECT version FROM gateway_schema_migrations',
    )
    const applied = new Set(rows.map((r) => Number(r.version)))
    for (const m of loadMigrations('postgres')) {
      if (applied.has(m.version)) continue
      await client.query(m.sql)
      await client.query(
        'INSERT INTO gateway_schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)',
        [m.version, m.name, Date.now()],
      )
    }
    await client.query('COMMIT')
  } catch (error) {
    await client.query('ROLLBACK')
    throw error
  } finally {
    client.release()
  }
}

function postgresRunner(pool: pg.Pool): SqlRunner {
  return {
    async all({ sql, params }) {
      const result = await pool.query<Record<string, unknown>>(numbered(sql), params)
      return result.rows
    },
    async batch(statements) {
      const [only] = statements
      if (only && statements.length === 1) {
        // One statement is atomic by itself: no BEGIN/COMMIT round trips.
        return [(await pool.query(numbered(only.sql), only.params)).rowCount ?? 0]
      }
      const client = await pool.connect()
      try {
        await client.query('BEGIN')
        const counts: number[] = []
        for (const s of statements) {
          counts.push((await client.query(numbered(s.sql), s.params)).rowCount ?? 0)
        }
        await client.query('COMMIT')
        return counts
      } catch (error) {
        await client.query('ROLLBACK')
        throw error
      } finally {
        client.release()
      }
    },
    close: () => pool.end(),
  }
}
