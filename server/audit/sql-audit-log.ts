import { z } from 'zod'

import { questionMarks } from '../store/columns'
import type { SqlRunner } from '../store/sql-store'
import { auditEntrySchema } from './audit-entry'
import { AUDIT_COLUMN_COUNT, auditColumns, auditFromRow, auditValues } from './audit-columns'
import { auditFilterSchema, type AuditFilter, type AuditLog } from './audit-log'

/** A cursor is the last row's seq, as decimal digits. */
const cursorPattern = /^\d{1,19}$/
const seqSchema = z.coerce.number().int().positive()

function where(filter: AuditFilter): { clause: string; params: unknown[] } {
  const parts: string[] = []
  const params: unknown[] = []
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql)
    params.push(...values)
  }
  if (filter.businessIDs !== undefined) {
    if (filter.businessIDs.length === 0) add('1 = 0')
    else add(`business_id IN (${questionMarks(filter.businessIDs.length)})`, ...filter.businessIDs)
  }
  if (filter.businessID !== undefined) add('business_id = ?', filter.businessID)
  if (filter.phoneNumberID !== undefined) add('phone_number_id = ?', filter.phoneNumberID)
  if (filter.actorKind !== undefined) add('actor_kind = ?', filter.actorKind)
  if (filter.actorID !== undefined) add('actor_id = ?', filter.actorID)
  if (filter.action !== undefined) add('action = ?', filter.action)
  if (filter.from !== undefined) add('at >= ?', filter.from)
  if (filter.to !== undefined) add('at < ?', filter.to)
  if (filter.cursor !== undefined) add('seq < ?', Number(filter.cursor))
  return { clause: parts.length === 0 ? '' : `WHERE ${parts.join(' AND ')}`, params }
}

/** The one AuditLog for both adapters: INSERT and SELECT only, never UPDATE or DELETE. */
export function createSqlAuditLog(db: SqlRunner): AuditLog {
  return {
    async append(input) {
      const entry = auditEntrySchema.parse(input)
      await db.batch([
        {
          sql: `INSERT INTO gateway_audit_log (${auditColumns})
                VALUES (${questionMarks(AUDIT_COLUMN_COUNT)})`,
          params: auditValues(entry),
        },
      ])
    },
    async list(input) {
      const filter = auditFilterSchema.parse(input)
      if (filter.cursor !== undefined && !cursorPattern.test(filter.cursor)) {
        throw new RangeError('The history cursor is not one this server gave out.')
      }
      const { clause, params } = where(filter)
      // One row more than asked tells whether there is a next page.
      const rows = await db.all({
        sql: `SELECT seq, ${auditColumns} FROM gateway_audit_log ${clause}
              ORDER BY seq DESC LIMIT ?`,
        params: [...params, filter.limit + 1],
      })
      const page = rows.slice(0, filter.limit)
      const last = page.at(-1)
      return {
        entries: page.map(auditFromRow),
        nextCursor: rows.length > filter.limit && last ? String(seqSchema.parse(last.seq)) : null,
      }
    },
  }
}
