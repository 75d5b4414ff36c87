import { randomUUID } from 'node:crypto'

import { historyEntry } from '../../../src/testing/history-entry-factory'
import { auditEntrySchema, type AuditEntry } from '../audit-entry'

export const PAT = { kind: 'pro', id: '4001', name: 'Pat Rivera', role: 'pro' } as const
export const SAM = { kind: 'staff', id: 'sam', name: 'Sam Ortiz', role: 'support' } as const

/**
 * The app's test row (a rename of Office → Front desk in Rivera Plumbing), as Pat, with
 * IDs of its own, held to the server's strict schema; vary with `overrides`.
 */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return auditEntrySchema.parse(
    historyEntry({
      id: randomUUID(),
      requestID: randomUUID(),
      actor: PAT,
      businessID: '1001',
      phoneNumberID: '2001',
      ...overrides,
    }),
  )
}
