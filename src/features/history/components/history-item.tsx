import { formatExactTime, formatRelativeTime } from '@/lib/time/relative-time'

import { describeChange, describeOutcome } from '../model/describe-change'
import type { HistoryChange } from '../model/history-changes'

/** One line: who, for whom, what; when (relative and exact); how it ended if not plainly. */
export function HistoryItem({ change, now }: { change: HistoryChange; now: Date }) {
  const iso = new Date(change.asked.at).toISOString()
  const outcome = describeOutcome(change)
  const traceID = change.outcome?.traceID
  return (
    <li className="px-4 py-3">
      <p>
        <span data-field="change">{describeChange(change)}</span>,{' '}
        <time dateTime={iso} className="text-muted">
          {formatRelativeTime(iso, now)}
        </time>
      </p>
      <p className="text-sm text-muted">
        {formatExactTime(iso)}
        {traceID ? (
          <>
            {' · Trace ID '}
            <code className="font-mono select-all">{traceID}</code>
          </>
        ) : null}
      </p>
      {outcome ? (
        <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">{outcome}</p>
      ) : null}
    </li>
  )
}
