import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { openDatabase } from '../../sandbox/store/database'

import { type NumberRecord } from './api'
import { checkDatabase, checkLists } from './consistency'
import { type Owned } from './workload'

// The load run's final check must fail for every way the server could betray it.

const BUSINESS = '5343987659230309812'
const record = (id: string, phoneNumber: string, extra: Partial<NumberRecord> = {}) => ({
  phoneNumberID: id,
  businessID: BUSINESS,
  phoneNumber,
  name: `Name ${id}`,
  createdTime: '2026-11-02T09:30:00Z',
  updatedTime: '2026-11-02T09:30:00Z',
  lastActivityTime: '2026-11-02T09:30:00Z',
  isDeleted: false,
  ...extra,
})
const owned = (r: NumberRecord, extra: Partial<Owned> = {}): [string, Owned] => [
  r.phoneNumberID,
  { ...r, client: 0, ...extra },
]

const seed = record('1', '+13125550001')
const mine = record('2', '+13128000001')
const before = new Map([[BUSINESS, [seed]]])

describe('checkLists', () => {
  it('passes when the server holds exactly what was answered', () => {
    const result = checkLists(before, new Map([[BUSINESS, [seed, mine]]]), new Map([owned(mine)]))
    expect(result.problems).toEqual([])
  })

  it.each([
    ['a created number missing', [seed], [owned(mine)], /is not listed/],
    ['a removal not applied', [seed, mine], [owned(mine, { isDeleted: true })], /expected/],
    ['an update lost', [seed, mine], [owned(mine, { name: 'Renamed' })], /expected/],
    [
      'a number nobody created',
      [seed, mine, record('3', '+13128000002')],
      [owned(mine)],
      /appeared without a 201/,
    ],
    ['the seed changed', [{ ...seed, name: 'x' }, mine], [owned(mine)], /seed number 1/],
    [
      'a number active twice',
      [seed, mine, record('4', mine.phoneNumber)],
      [owned(mine), owned(record('4', mine.phoneNumber))],
      /active twice/,
    ],
  ] as const)('fails for %s', (_label, listed, ownedEntries, problem) => {
    const result = checkLists(before, new Map([[BUSINESS, [...listed]]]), new Map(ownedEntries))
    expect(result.problems.join('\n')).toMatch(problem)
  })
})

describe('checkDatabase', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('finds a number active twice and a count that differs from the API', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'numbers-load-test-'))
    const dbPath = path.join(dir, 'db.sqlite')
    const db = openDatabase(dbPath)
    db.exec(`INSERT INTO businesses (id, name) VALUES ('${BUSINESS}', 'B')`)
    // Bypass the partial unique index, as a broken migration might.
    db.exec('DROP INDEX phone_numbers_active_unique')
    const insert = db.prepare(
      `INSERT INTO phone_numbers (id, business_id, phone_number, name, created_time, updated_time, last_activity_time)
       VALUES (?, ?, '+13128000001', 'n', 't', 't', 't')`,
    )
    insert.run('1', BUSINESS)
    insert.run('2', BUSINESS)
    db.close()
    const result = checkDatabase(dbPath, new Map([[BUSINESS, 1]]))
    expect(result.sqlDuplicates).toBe(1)
    expect(result.journalMode).toBe('wal')
    expect(result.problems.join('\n')).toMatch(/active 2 times[\s\S]*2 rows in SQLite, 1 listed/)
  })
})
