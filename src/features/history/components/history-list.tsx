import { useInfiniteQuery } from '@tanstack/react-query'

import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { EmptyState } from '@/components/ui/empty-state'
import { SkeletonLines } from '@/components/ui/skeleton'

import { historyQueries } from '../api/history-queries'
import type { HistoryEntry } from '../model/history-schemas'
import type { HistoryFilters } from '../model/history-filters'
import { historyChanges } from '../model/history-changes'
import { HistoryItem } from './history-item'

interface Props {
  scope: { businessID: string; phoneNumberID?: string | undefined }
  filters: HistoryFilters
  filtered: boolean
  /** "Clear filters", offered when the filters leave nothing. */
  onClearFilters?: () => void
  /** What to do when nothing is on record, e.g. a link to the numbers. */
  emptyAction?: React.ReactNode
  /** Told of the rows read so far (the Who filter offers the people they name). */
  children?: (entries: readonly HistoryEntry[]) => React.ReactNode
}

/** The changes, newest first: loading, error, empty and "Show older" included. */
export function HistoryList({ scope, filters, filtered, children, ...empty }: Props) {
  const history = useInfiniteQuery(historyQueries.list(scope, filters))
  const entries = history.data?.pages.flatMap((p) => p.entries) ?? []
  const now = new Date()
  let body: React.ReactNode
  if (history.isPending) body = <SkeletonLines label="Loading the history…" />
  else if (history.isError) {
    body = (
      <ErrorState
        heading="Could not load the history."
        error={history.error}
        onRetry={() => void history.refetch()}
      />
    )
  } else if (entries.length === 0) {
    body = filtered ? (
      <EmptyState
        title="Nothing on record matches these filters."
        actions={
          empty.onClearFilters ? (
            <Button onClick={empty.onClearFilters}>Clear filters</Button>
          ) : undefined
        }
      >
        Try another person, kind of change or time, or clear the filters.
      </EmptyState>
    ) : (
      <EmptyState title="Nothing is on record yet." actions={empty.emptyAction}>
        Each number added, edited or removed through this console shows here, with who did it and
        when.
      </EmptyState>
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
