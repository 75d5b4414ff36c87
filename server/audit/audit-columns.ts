import { auditEntrySchema, type AuditEntry } from './audit-entry'

/** The columns of gateway_audit_log, mapped to and from AuditEntry in one place. */
export const auditColumns = `id, at, phase, request_id, actor_kind, actor_id, actor_name,
  actor_role, business_id, business_name, phone_number_id, phone_number, action,
  before_state, after_state, upstream_status, trace_id, result, detail`

export const AUDIT_COLUMN_COUNT = 19

const json = (value: unknown) => (value === null ? null : JSON.stringify(value))

export function auditValues(e: AuditEntry): unknown[] {
  return [
    e.id,
    e.at,
    e.phase,
    e.requestID,
    e.actor.kind,
    e.actor.id,
    e.actor.name,
    e.actor.role,
    e.businessID,
    e.businessName,
    e.phoneNumberID,
    e.phoneNumber,
    e.action,
    json(e.before),
    json(e.after),
    e.upstreamStatus,
    e.traceID,
    e.result,
    e.detail,
  ]
}

const parsed = (text: unknown): unknown => (typeof text === 'string' ? JSON.parse(text) : null)
const nullableNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v))

export function auditFromRow(row: Record<string, unknown>): AuditEntry {
  return auditEntrySchema.parse({
    id: row.id,
    at: row.at,
    phase: row.phase,
    requestID: row.request_id,
    actor: {
      kind: row.actor_kind,
      id: row.actor_id,
      name: row.actor_name,
      role: row.actor_role,
    },
    businessID: row.business_id,
    businessName: row.business_name,
    phoneNumberID: row.phone_number_id,
    phoneNumber: row.phone_number,
    action: row.action,
    before: parsed(row.before_state),
    after: parsed(row.after_state),
    upstreamStatus: nullableNumber(row.upstream_status),
    traceID: row.trace_id,
    result: row.result,
    detail: row.detail,
  })
}
