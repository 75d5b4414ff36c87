import { buildCsv } from '../../src/lib/csv/build-csv'
import { csvFileName } from '../../src/lib/csv/download-csv'
import type { AuditEntry, AuditState } from './audit-entry'

/**
 * The history as CSV, through the same builder the app's number export uses: every cell
 * guarded against formulas (a name like `=HYPERLINK(…)` stays text), CRLF, a BOM so Excel
 * reads UTF-8.
 */
const header = [
  'Time (UTC)',
  'Row',
  'Request ID',
  'Who',
  'Kind',
  'Role',
  'Action',
  'Business',
  'Business ID',
  'Number ID',
  'Phone number',
  'Before',
  'After',
  'Result',
  'Thumbtack status',
  'Trace ID',
  'Detail',
]

function describeState(state: AuditState | null): string {
  if (state === null) return ''
  if ('phoneNumbers' in state) return state.phoneNumbers.map(describeState).join('; ')
  return `${state.name} (${state.phoneNumber})${state.isDeleted === true ? ' removed' : ''}`
}

export function historyCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((e) => [
    new Date(e.at).toISOString(),
    e.phase,
    e.requestID,
    e.actor.name,
    e.actor.kind,
    e.actor.role,
    e.action,
    e.businessName ?? '',
    e.businessID ?? '',
    e.phoneNumberID ?? '',
    e.phoneNumber ?? '',
    describeState(e.before),
    describeState(e.after),
    e.result ?? '',
    e.upstreamStatus === null ? '' : String(e.upstreamStatus),
    e.traceID ?? '',
    e.detail ?? '',
  ])
  return buildCsv(header, rows, { bom: true })
}

export const historyFileName = (businessName: string | null, today: Date) =>
  csvFileName(businessName ?? 'all-businesses', 'history', today)
