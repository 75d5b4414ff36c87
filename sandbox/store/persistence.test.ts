import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { NAMED_BUSINESSES } from '../personas.ts'
import { createHarness, numbersPath, RIVERA } from '../testing/harness.ts'
import { openDatabase } from './database.ts'
import { LIST_SQL, phoneNumberQueries } from './phone-numbers.ts'
import { SCHEMA_VERSION } from './schema.ts'

let dir: string
let file: string
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sandbox-store-'))
  file = path.join(dir, 'sandbox.sqlite')
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('a file database', () => {
  it('keeps data and tokens across a close and reopen, without reseeding', async () => {
    const first = await createHarness(file)
    const json = { phoneNumber: '+12065550142', name: 'Survives restarts' }
    expect((await first.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })).status).toBe(
      201,
    )
    const token = first.token('pat-rivera')
    first.close()

    const second = await createHarness(file)
    try {
      expect(second.token('pat-rivera')).toBe(token)
      const res = await second.send('GET', numbersPath(RIVERA), { as: token })
      expect(res.status).toBe(200)
      expect(await res.text()).toContain('Survives restarts')
    } finally {
      second.close()
    }
  })

  it('is migrated to the current schema version and uses WAL', () => {
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('refuses a database written by a newer schema', () => {
    const db = new BetterSqlite3(file)
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    db.close()
    expect(() => openDatabase(file)).toThrow(/newer than this code/)
  })
})

describe('integrity lives in the database', () => {
  const business = NAMED_BUSINESSES.riveraPlumbing.id
  const insert = `INSERT INTO phone_numbers (id, business_id, phone_number, name, created_time,
    updated_time, last_activity_time, is_deleted) VALUES (?, ?, '+14155552671', 'x', 't', 't', 't', ?)`

  it('refuses a second active copy of a number, but not a removed one', async () => {
    const h = await createHarness(file)
    h.close()
    const db = new BetterSqlite3(file)
    expect(() => db.prepare(insert).run('1111111111111111111', business, 0)).toThrow(
      expect.objectContaining({ code: 'SQLITE_CONSTRAINT_UNIQUE' }) as Error,
    )
    expect(() => db.prepare(insert).run('1111111111111111112', business, 1)).not.toThrow()
    db.close()
  })

  it('rolls a whole bulk create back when one row collides', async () => {
    const h = await createHarness(file)
    h.close()
    const db = openDatabase(file)
    const queries = phoneNumberQueries(db)
    const before = queries.list(business)
    const result = queries.createMany(
      business,
      [
        { phoneNumber: '+12065550101', name: 'New' },
        { phoneNumber: '+14155552671', name: 'Already active' },
      ],
      '2026-11-02T09:30:00Z',
    )
    expect(result).toEqual({ ok: false, reason: 'duplicate', phoneNumber: '+14155552671' })
    expect(queries.list(business)).toEqual(before)
    db.close()
  })

  it('lists a business from its index in one query', () => {
    const db = openDatabase(file)
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${LIST_SQL}`).all('1')
    expect(JSON.stringify(plan)).toContain('phone_numbers_by_business')
    expect(JSON.stringify(plan)).not.toContain('TEMP B-TREE')
    db.close()
  })
})
