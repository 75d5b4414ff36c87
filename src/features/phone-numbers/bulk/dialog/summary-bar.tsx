import { Button } from '@/components/ui/button'

import { type RowCounts } from '../parse/summarize-rows'

import { BulkSummary } from './bulk-summary'

interface SummaryBarProps {
  counts: RowCounts
  reading: boolean
  onlyToFix: boolean
  onOnlyToFixChange: (only: boolean) => void
  onDownload: () => void
}

/** The counts, "Show only rows that need fixing" and the download of those rows. */
export function SummaryBar({ counts, reading, onlyToFix, ...props }: SummaryBarProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <BulkSummary counts={counts} reading={reading} />
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input
          type="checkbox"
          className="size-4"
          checked={onlyToFix}
          onChange={(event) => props.onOnlyToFixChange(event.target.checked)}
        />
        Show only rows that need fixing
      </label>
      {counts.needsFixing > 0 ? (
        <Button size="sm" onClick={props.onDownload}>
          Download rows that need attention
        </Button>
      ) : null}
    </div>
  )
}
