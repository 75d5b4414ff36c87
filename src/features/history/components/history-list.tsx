import { useInfiniteQuery } from '@tanstack/react-query'

import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'

import { historyQueries } from '../api/history-queries'
import type { HistoryEntry } from '../model/history-schemas'
import type { HistoryFilters } from '../model/history-filters'
import { historyChanges } from '../model/history-changes'
import { HistoryItem } from './history-item'

interface Props {
  scope: { businessID: string; phoneNumberID?: string | undefined }
  filters: HistoryFilters
  filtered: boolean
  /** Told of the rows read so far (the Who filter offers the people they name). */
  children?: (entries: readonly HistoryEntry[]) => React.ReactNode
}

/** The changes, newest first: loading, error, empty and "Show older" included. */
export function HistoryList({ scope, filters, filtered, children }: Props) {
  const history = useInfiniteQuery(historyQueries.list(scope, filters))
  const entries = history.data?.pages.flatMap((p) => p.entries) ?? []
  const now = new Date()
  let body: React.ReactNode
  if (history.isPending) body = <Spinner label="Loading the history…" />
  else if (history.isError) {
    body = (
      <ErrorState
        heading="Could not load the history."
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    )
  } else if (entries.length === 0) {
    body = (
      <p className="rounded-lg border border-dashed border-control p-6 text-center text-muted">
        {filtered ? 'Nothing on record matches these filters.' : 'Nothing is on record yet.'}
      </p>
    )
  } else {
    body = (
      <>
        <ol
          aria-label="Changes, newest first"
          className="divide-y divide-line rounded-lg border border-line"
        >
          {historyChanges(entries).map((change) => (
            <HistoryItem key={change.requestID} change={change} now={now} />
          ))}
        </ol>
        {history.hasNextPage ? (
          <Button
            className="mt-3"
            disabled={history.isFetchingNextPage}
            onClick={() => void history.fetchNextPage()}
          >
            {history.isFetchingNextPage ? 'Loading…' : 'Show older'}
          </Button>
        ) : null}
      </>
    )
  }
  return (
    <>
      {children?.(entries)}
      {body}
    </>
  )
}
