import { type CheckedRow, type ReadyRow } from './checked-row'

export interface RowCounts {
  total: number
  ready: number
  needsFixing: number
  repeated: number
  alreadyRegistered: number
}

export function summarize(rows: readonly CheckedRow[]): RowCounts {
  const counts = { total: rows.length, ready: 0, needsFixing: 0, repeated: 0, alreadyRegistered: 0 }
  for (const row of rows) {
    if (row.status === 'ready') counts.ready++
    else if (row.status === 'needs-fixing') counts.needsFixing++
    else if (row.status === 'repeated') counts.repeated++
    else counts.alreadyRegistered++
  }
  return counts
}

/** The rows to send, in paste order. */
export function readyRows(rows: readonly CheckedRow[]): ReadyRow[] {
  return rows.filter((row): row is ReadyRow => row.status === 'ready')
}
