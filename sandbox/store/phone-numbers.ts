import { randomInt } from 'node:crypto'
import type { Database } from 'better-sqlite3'
import type { PhoneNumberRecord } from '../contract/phone-numbers.ts'
import { constraintCode } from './database.ts'
import { listBodies } from './list-bodies.ts'
import { numericID } from './prng.ts'

// Runtime IDs come from the OS generator; only the seed uses a seeded PRNG.
const cryptoRandom = (): number => randomInt(0, 2 ** 47) / 2 ** 47

interface Params {
  id: string
  businessID: string
  time: string
}

type Row = Omit<PhoneNumberRecord, 'isDeleted'> & { isDeleted: number }

export interface NewNumber {
  phoneNumber: string
  name: string
}

export type WriteResult =
  | { ok: true; record: PhoneNumberRecord }
  | { ok: false; reason: 'not-found' }
  | { ok: false; reason: 'duplicate'; phoneNumber: string }

const SELECT = `SELECT id AS phoneNumberID, business_id AS businessID, phone_number AS phoneNumber,
  created_time AS createdTime, updated_time AS updatedTime,
  last_activity_time AS lastActivityTime, is_deleted AS isDeleted, name
  FROM phone_numbers`

class BulkAbort extends Error {
  constructor(readonly result: Exclude<WriteResult, { ok: true }>) {
    super('bulk create rolled back')
  }
}

/** Rowid order is insertion order, read straight from phone_numbers_by_business. */
export const LIST_SQL = `${SELECT} WHERE business_id = ? ORDER BY rowid`

const toRecord = (row: Row): PhoneNumberRecord => ({ ...row, isDeleted: row.isDeleted === 1 })

/** Phone number queries: prepared once over the handle, so each call is one statement. */
export function phoneNumberQueries(db: Database) {
  const list = db.prepare<[string], Row>(LIST_SQL)
  const getOne = db.prepare<[string, string], Row>(`${SELECT} WHERE id = ? AND business_id = ?`)
  // A new number's lastActivityTime is its createdTime: it has had no activity yet.
  const insert = db.prepare<[Params & NewNumber]>(
    `INSERT INTO phone_numbers (id, business_id, phone_number, name, created_time, updated_time,
     last_activity_time) VALUES (@id, @businessID, @phoneNumber, @name, @time, @time, @time)`,
  )
  const update = db.prepare<[Params & NewNumber]>(
    `UPDATE phone_numbers SET phone_number = @phoneNumber, name = @name, updated_time = @time
     WHERE id = @id AND business_id = @businessID AND is_deleted = 0`,
  )
  const softDelete = db.prepare<[Params]>(
    `UPDATE phone_numbers SET is_deleted = 1, updated_time = @time
     WHERE id = @id AND business_id = @businessID AND is_deleted = 0`,
  )
  const activeAmong = db.prepare<[string, string], { phoneNumber: string }>(
    `SELECT phone_number AS phoneNumber FROM phone_numbers WHERE business_id = ?
     AND is_deleted = 0 AND phone_number IN (SELECT value FROM json_each(?))`,
  )

  const bodies = listBodies(db)

  const get = (businessID: string, id: string) => {
    const row = getOne.get(id, businessID)
    return row ? toRecord(row) : undefined
  }

  /** Inserts one row, drawing a fresh ID on the (astronomically rare) ID collision. */
  const insertOne = (businessID: string, input: NewNumber, time: string): WriteResult => {
    for (;;) {
      const id = numericID(cryptoRandom)
      try {
        insert.run({ id, businessID, time, phoneNumber: input.phoneNumber, name: input.name })
        const record = get(businessID, id)
        return record ? { ok: true, record } : { ok: false, reason: 'not-found' }
      } catch (error) {
        const code = constraintCode(error)
        if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY') continue
        if (code === 'SQLITE_CONSTRAINT_UNIQUE') {
          return { ok: false, reason: 'duplicate', phoneNumber: input.phoneNumber }
        }
        throw error
      }
    }
  }

  /** All or nothing: the first failing row rolls the whole batch back. */
  const createManyTx = db.transaction((businessID: string, items: NewNumber[], time: string) => {
    const records: PhoneNumberRecord[] = []
    for (const item of items) {
      const result = insertOne(businessID, item, time)
      if (!result.ok) throw new BulkAbort(result)
      records.push(result.record)
    }
    return records
  })

  return {
    list: (businessID: string) => list.all(businessID).map(toRecord),
    /** The list as the API's JSON body, built once per change (list-bodies.ts). */
    listBody: bodies.body,
    /** After a reset: every business's list may have changed. */
    changedAll: bodies.changedAll,
    get,
    create(businessID: string, input: NewNumber, time: string): WriteResult {
      bodies.changed(businessID)
      return insertOne(businessID, input, time)
    },
    createMany(
      businessID: string,
      items: NewNumber[],
      time: string,
    ): { ok: true; records: PhoneNumberRecord[] } | Exclude<WriteResult, { ok: true }> {
      bodies.changed(businessID)
      try {
        return { ok: true, records: createManyTx(businessID, items, time) }
      } catch (error) {
        if (error instanceof BulkAbort) return error.result
        throw error
      }
    },
    update(businessID: string, id: string, input: NewNumber, time: string): WriteResult {
      bodies.changed(businessID)
      try {
        const params = { id, businessID, time, phoneNumber: input.phoneNumber, name: input.name }
        const { changes } = update.run(params)
        const record = changes === 1 ? get(businessID, id) : undefined
        return record ? { ok: true, record } : { ok: false, reason: 'not-found' }
      } catch (error) {
        if (constraintCode(error) !== 'SQLITE_CONSTRAINT_UNIQUE') throw error
        return { ok: false, reason: 'duplicate', phoneNumber: input.phoneNumber }
      }
    },
    /** Idempotent: removing a removed number changes nothing and still succeeds. */
    remove(businessID: string, id: string, time: string): 'removed' | 'not-found' {
      bodies.changed(businessID)
      softDelete.run({ id, businessID, time })
      return get(businessID, id) ? 'removed' : 'not-found'
    },
    /** Which of `numbers` are already active in the business (one query). */
    activeAmong(businessID: string, numbers: readonly string[]): Set<string> {
      const rows = activeAmong.all(businessID, JSON.stringify(numbers))
      return new Set(rows.map((row) => row.phoneNumber))
    },
  }
}

export type PhoneNumberQueries = ReturnType<typeof phoneNumberQueries>
