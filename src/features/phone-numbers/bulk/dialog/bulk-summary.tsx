import { type RowCounts } from '../parse/summarize-rows'

function count(value: number, one: string, many: string): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? one : many}`
}

/** The counts, announced politely as they change (a fix in place moves a row between them). */
export function BulkSummary({ counts, reading }: { counts: RowCounts; reading: boolean }) {
  return (
    <p role="status" className="text-sm" data-testid="bulk-summary">
      {reading ? (
        'Reading the paste…'
      ) : (
        <>
          <span className="font-semibold">{count(counts.total, 'row', 'rows')}:</span>{' '}
          <span>{counts.ready.toLocaleString('en-US')} ready</span>,{' '}
          <span>{count(counts.needsFixing, 'needs', 'need')} fixing</span>,{' '}
          <span>{counts.repeated.toLocaleString('en-US')} repeated in this paste</span>,{' '}
          <span>{counts.alreadyRegistered.toLocaleString('en-US')} already registered</span>
        </>
      )}
    </p>
  )
}
