import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import BetterSqlite3 from 'better-sqlite3'
import { inject } from 'vitest'

import type { GatewayStore } from '../gateway-store'
import { openPostgresStore } from '../postgres-store'
import { openSqliteStore } from '../sqlite-store'
import { freshPostgresSchema } from './postgres-schema'

export interface OpenedStore {
  store: GatewayStore
  /** A second store on the same data, as a second gateway instance would open it. */
  openAnother: () => Promise<GatewayStore>
  /** Raw rows, to prove what is at rest. */
  rawRows: (table: string) => Promise<Record<string, unknown>[]>
  /** A raw statement past the store, to prove what the database itself refuses. */
  rawRun: (sql: string) => Promise<void>
  dispose: () => Promise<void>
}

function sqlite(): Promise<OpenedStore> {
  // A real file, not :memory:, so a second handle sees the same rows.
  const dir = mkdtempSync(path.join(tmpdir(), 'nc-gateway-store-'))
  const file = path.join(dir, 'gateway.sqlite')
  const opened: GatewayStore[] = [openSqliteStore(file)]
  const [store] = opened as [GatewayStore]
  return Promise.resolve({
    store,
    openAnother: () => {
      const another = openSqliteStore(file)
      opened.push(another)
      return Promise.resolve(another)
    },
    rawRows: (table) => {
      const db = new BetterSqlite3(file, { readonly: true })
      try {
        return Promise.resolve(
          db.prepare<[], Record<string, unknown>>(`SELECT * FROM ${table}`).all(),
        )
      } finally {
        db.close()
      }
    },
    rawRun: (sql) => {
      const db = new BetterSqlite3(file)
      try {
        db.exec(sql)
        return Promise.resolve()
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)))
      } finally {
        db.close()
      }
    },
    dispose: async () => {
      for (const s of opened) await s.close()
      rmSync(dir, { recursive: true, force: true })
    },
  })
}

async function postgres(): Promise<OpenedStore> {
  const schema = await freshPostgresSchema(inject('databaseUrl'))
  const opened: GatewayStore[] = [await openPostgresStore({ connectionString: schema.url })]
  const [store] = opened as [GatewayStore]
  return {
    store,
    openAnother: async () => {
      const another = await openPostgresStore({ connectionString: schema.url })
      opened.push(another)
      return another
    },
    rawRows: (table) => schema.query(`SELECT * FROM ${table}`),
    rawRun: async (sql) => {
      await schema.query(sql)
    },
    dispose: async () => {
      for (const s of opened) await s.close()
      await schema.drop()
    },
  }
}

/** Every suite that needs a store runs once per adapter: `describe.each(storeAdapters)`. */
export const storeAdapters = [
  { name: 'sqlite', open: sqlite },
  { name: 'postgres', open: postgres },
] as const
