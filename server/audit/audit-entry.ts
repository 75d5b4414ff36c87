import { z } from 'zod'

import { subjectKindSchema } from '../store/gateway-store'

/**
 * One row of the history: who did what, for which business and number, and how it ended.
 * A write is two rows with one requestID: an "attempt" written before Thumbtack is called
 * and an "outcome" after, so a write whose answer was lost is still on record. Sign-ins,
 * sign-outs, connections and disconnections are single "event" rows.
 */

// Drivers hand BIGINT back as a string (pg) or a number (better-sqlite3): both parse here.
const epochMs = z.coerce.number().int().nonnegative()
const numericID = z.string().regex(/^\d{1,30}$/)

export const auditPhaseSchema = z.enum(['attempt', 'outcome', 'event'])
export type AuditPhase = z.infer<typeof auditPhaseSchema>

export const auditActionSchema = z.enum([
  'create',
  'update',
  'delete',
  'bulk-create',
  'sign-in',
  'sign-out',
  'connect',
  'disconnect',
])
export type AuditAction = z.infer<typeof auditActionSchema>

/**
 * How a write ended: `done` (2xx), `refused` (Thumbtack said no, or never ran it: 4xx, the
 * WAF's 202, 451), `unknown` (no answer, a 5xx, a redirect: it may or may not have been
 * saved). Null on attempts; events are `done`.
 */
export const auditResultSchema = z.enum(['done', 'refused', 'unknown'])
export type AuditResult = z.infer<typeof auditResultSchema>

export const auditActorSchema = z.object({
  kind: subjectKindSchema,
  id: z.string().min(1),
  /** As shown: "Pat Rivera", "Sam Ortiz". */
  name: z.string(),
  /** `pro`, or the staff member's role (`support`, `viewer`). */
  role: z.string().min(1),
})
export type AuditActor = z.infer<typeof auditActorSchema>

/** One number as it was (before) or became (after). */
export const auditNumberStateSchema = z.object({
  phoneNumber: z.string(),
  name: z.string(),
  isDeleted: z.boolean().optional(),
})
export type AuditNumberState = z.infer<typeof auditNumberStateSchema>

/** A single number, or the numbers of one bulk create. */
export const auditStateSchema = z.union([
  auditNumberStateSchema,
  z.object({ phoneNumbers: z.array(auditNumberStateSchema) }),
])
export type AuditState = z.infer<typeof auditStateSchema>

export const auditEntrySchema = z.object({
  id: z.string().min(1),
  at: epochMs,
  phase: auditPhaseSchema,
  /** Shared by a write's attempt and outcome; the browser gets it as `X-Request-ID`. */
  requestID: z.string().min(1),
  actor: auditActorSchema,
  businessID: numericID.nullable(),
  businessName: z.string().nullable(),
  phoneNumberID: numericID.nullable(),
  /** E.164, as Thumbtack stores it. */
  phoneNumber: z.string().nullable(),
  action: auditActionSchema,
  before: auditStateSchema.nullable(),
  after: auditStateSchema.nullable(),
  upstreamStatus: z.number().int().nullable(),
  traceID: z.string().nullable(),
  result: auditResultSchema.nullable(),
  /** A short plain sentence when the status alone does not say it ("timed out"). */
  detail: z.string().max(500).nullable(),
})
export type AuditEntry = z.infer<typeof auditEntrySchema>
