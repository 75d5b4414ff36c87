import { randomUUID } from 'node:crypto'

import type { AuditEntry } from '../audit-entry'

export const PAT = { kind: 'pro', id: '4001', name: 'Pat Rivera', role: 'pro' } as const
export const SAM = { kind: 'staff', id: 'sam', name: 'Sam Ortiz', role: 'support' } as const

/** A rename of Office → Front desk in Rivera Plumbing, to vary with `overrides`. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: randomUUID(),
    at: 1_700_000_000_000,
    phase: 'attempt',
    requestID: randomUUID(),
    actor: PAT,
    businessID: '1001',
    businessName: 'Rivera Plumbing',
    phoneNumberID: '2001',
    phoneNumber: '+14155550100',
    action: 'update',
    before: { phoneNumber: '+14155550100', name: 'Office' },
    after: { phoneNumber: '+14155550100', name: 'Front desk' },
    upstreamStatus: null,
    traceID: null,
    result: null,
    detail: null,
    ...overrides,
  }
}
