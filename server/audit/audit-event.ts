import { randomUUID } from 'node:crypto'

import type { AuditAction, AuditActor, AuditEntry } from './audit-entry'
import type { AuditLog } from './audit-log'

export interface AuditEventInput {
  actor: AuditActor
  action: Extract<AuditAction, 'sign-in' | 'sign-out' | 'connect' | 'disconnect'>
  at: number
  businessID?: string | null
  businessName?: string | null
  requestID?: string
  detail?: string | null
}

/** A sign-in, sign-out, connection or disconnection: one "event" row, done. */
export function auditEvent(input: AuditEventInput): AuditEntry {
  return {
    id: randomUUID(),
    at: input.at,
    phase: 'event',
    requestID: input.requestID ?? randomUUID(),
    actor: input.actor,
    businessID: input.businessID ?? null,
    businessName: input.businessName ?? null,
    phoneNumberID: null,
    phoneNumber: null,
    action: input.action,
    before: null,
    after: null,
    upstreamStatus: null,
    traceID: null,
    result: 'done',
    detail: input.detail ?? null,
  }
}

/**
 * Appends an event, and never lets a history failure undo what it records: a sign-in that
 * happened is not refused because its row could not be written (that is logged instead).
 */
export async function recordEvent(
  audit: AuditLog,
  input: AuditEventInput,
  log: (message: string) => void,
): Promise<void> {
  try {
    await audit.append(auditEvent(input))
  } catch (error) {
    log(
      `history: the ${input.action} row was not written (${error instanceof Error ? error.message : 'unknown'})`,
    )
  }
}
