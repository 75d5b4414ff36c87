import { randomBytes } from 'node:crypto'

import pg from 'pg'

export interface TestSchema {
  /** DATABASE_URL whose connections all work in the fresh schema. */
  url: string
  /** The raw rows, for tests that prove what is (and is not) stored. */
  query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  drop: () => Promise<void>
}

/** A fresh, empty schema in the run's PostgreSQL, so suites never see each other's rows. */
export async function freshPostgresSchema(databaseUrl: string): Promise<TestSchema> {
  const name = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: databaseUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${name}`)
  const url = new URL(databaseUrl)
  url.searchParams.set('options', `-c search_path=${name}`)
  await admin.query(`SET search_path = ${name}`)
  return {
    url: url.toString(),
    query: async (sql, params = []) =>
      (await admin.query<Record<string, unknown>>(sql, params)).rows,
    drop: async () => {
      await admin.query(`DROP SCHEMA ${name} CASCADE`)
      await admin.end()
    },
  }
}
