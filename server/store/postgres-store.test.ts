import { randomBytes } from 'node:crypto'

import { afterEach, expect, inject, it, vi } from 'vitest'

import type { GatewayStore } from './gateway-store'
import { openPostgresStore } from './postgres-store'
import { freshPostgresSchema, type TestSchema } from './testing/postgres-schema'
import { grant, hashA, session } from './testing/store-records'

let schema: TestSchema | undefined
let store: GatewayStore | undefined
afterEach(async () => {
  await store?.close()
  await schema?.drop()
  vi.restoreAllMocks()
})

it('outlives PostgreSQL ending its idle connections, and the next query reconnects', async () => {
  schema = await freshPostgresSchema(inject('databaseUrl'))
  // A name of its own, so that only this store's connections are ended.
  const name = `nc_${randomBytes(4).toString('hex')}`
  const url = new URL(schema.url)
  url.searchParams.set('application_name', name)
  store = await openPostgresStore({ connectionString: url.toString() })
  await store.createSession(session(hashA), grant())
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)

  const ended = await schema.query(
    'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
    [name],
  )
  expect(ended.length).toBeGreaterThan(0)
  // Without a listener, the pool's 'error' would end the test run here as an uncaught error.
  await vi.waitFor(() => {
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('PostgreSQL connection was closed'))
  })

  expect(await store.findSession(hashA)).toEqual(session(hashA))
})
