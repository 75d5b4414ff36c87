import { z } from 'zod'

import { auditActionSchema } from './audit-entry'
import { AUDIT_PAGE_MAX, type AuditFilter } from './audit-log'

const id = z.string().regex(/^\d{1,30}$/, 'must be digits')
// A day (`2026-11-27`, UTC midnight) or an RFC 3339 time with its offset.
const when = z.union([z.iso.date(), z.iso.datetime({ offset: true })])

/**
 * `GET /auth/history` query: every parameter optional but checked, so a bad value gets
 * a 400 that names it instead of a silently wider (or empty) answer.
 */
export const historyQuerySchema = z.strictObject({
  businessID: id.optional(),
  phoneNumberID: id.optional(),
  /** `pro`, `staff`, or one person: `pro:4001`, `staff:sam`. */
  who: z
    .string()
    .regex(/^(pro|staff)(:[A-Za-z0-9._@|-]{1,200})?$/, 'must be pro, staff, pro:<id> or staff:<id>')
    .optional(),
  action: auditActionSchema.optional(),
  from: when.optional(),
  to: when.optional(),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, 'must be a cursor this server gave out')
    .optional(),
})
export type HistoryQuery = z.infer<typeof historyQuerySchema>

const DAY_MS = 24 * 3600_000

/** A day means the whole day: `to=2026-11-27` runs to the end of it. */
function instant(value: string, endOfDay: boolean): number {
  const at = Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
  return endOfDay && value.length === 10 ? at + DAY_MS : at
}

/** Readable messages for the 400, one per bad parameter. */
export function historyQueryProblems(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const key = i.path.join('.')
      return i.code === 'unrecognized_keys'
        ? `Unknown parameter: ${i.keys.map((k) => k.slice(0, 30)).join(', ')}.`
        : `"${key}" ${i.message}.`
    })
    .join(' ')
}

export function filterOf(q: HistoryQuery): AuditFilter {
  const [kind, actorID] = q.who?.split(/:(.*)/s) ?? []
  return {
    limit: q.limit,
    ...(q.businessID === undefined ? {} : { businessID: q.businessID }),
    ...(q.phoneNumberID === undefined ? {} : { phoneNumberID: q.phoneNumberID }),
    ...(kind === 'pro' || kind === 'staff' ? { actorKind: kind } : {}),
    ...(actorID ? { actorID } : {}),
    ...(q.action === undefined ? {} : { action: q.action }),
    ...(q.from === undefined ? {} : { from: instant(q.from, false) }),
    ...(q.to === undefined ? {} : { to: instant(q.to, true) }),
    ...(q.cursor === undefined ? {} : { cursor: q.cursor }),
  }
}
