import type { HistoryEntry } from '@/features/history/model/history-schemas'

/** Sam Ortiz's attempt to rename Office → Front desk in Rivera Plumbing; vary with `overrides`. */
export function historyEntry(overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    id: crypto.randomUUID(),
    at: 1_700_000_000_000,
    phase: 'attempt',
    requestID: 'r1',
    actor: { kind: 'staff', id: 'sam', name: 'Sam Ortiz', role: 'support' },
    businessID: '1',
    businessName: 'Rivera Plumbing',
    phoneNumberID: '77',
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
