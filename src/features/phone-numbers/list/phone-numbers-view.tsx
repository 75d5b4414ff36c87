import { useQuery } from '@tanstack/react-query'
import { type ReactNode, useDeferredValue, useEffect, useMemo, useState } from 'react'

import { ErrorState } from '@/components/ui/error-state'
import { useHeightVariable } from '@/lib/page/use-height-variable'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumber } from '../api/phone-number-schemas'
import { countLabel, countNumbers, showingLabel } from './count-numbers'
import { emptyListOf, withoutFilters } from './empty-list'
import { isFiltered } from './number-filters'
import { useListView } from './use-list-view'
import { useRemovalFocus } from './use-removal-focus'
import { useRowSelection } from './use-row-selection'
import { useVisibleNumbers } from './use-visible-numbers'

import { downloadNumbers, ExportCsvButton } from './export-csv-button'
import { NumbersEmptyState } from './numbers-empty-state'
import { NumbersSkeleton } from './numbers-skeleton'
import { PhoneNumberListHeader } from './phone-number-list-header'
import { PhoneNumberRows } from './phone-number-rows'
import { PhoneNumberToolbar } from './phone-number-toolbar'
import { SelectionBar } from './selection-bar'
import { readOnlyReasonID, WriteActions } from './write-actions'

interface PhoneNumbersViewProps {
  businessID: string
  businessName: string
  hiddenIDs: ReadonlySet<string>
  onDelete: (number: PhoneNumber) => void
  /** Remove selected: one removal, with one Undo, for all of `numbers`. */
  onDeleteMany: (numbers: readonly PhoneNumber[]) => void
  /** Why this sign-in may not change numbers; set, every write control is disabled. */
  readOnlyReason?: string | undefined
  /** The page's header, given the count and the list's actions once the list is there. */
  renderHeader: (parts: { count?: string; actions?: ReactNode }) => ReactNode
}

/** Relative times ("5 minutes ago") move on while the page is open. */
function useNow(intervalMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs])
  return now
}

export function PhoneNumbersView({
  businessID,
  businessName,
  hiddenIDs,
  onDelete,
  onDeleteMany,
  readOnlyReason,
  renderHeader,
}: PhoneNumbersViewProps) {
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const { view, setView } = useListView()
  const now = useNow()
  // Typing stays instant; filtering thousands of rows follows a beat behind when it must.
  const deferredView = useDeferredValue(view)
  // Where the skeleton's rows began: the first screen of rows starts there too.
  const [rowsTop, setRowsTop] = useState(0)
  const visible = useVisibleNumbers(numbers.data, deferredView, hiddenIDs, now.getTime(), rowsTop)
  // Once per list and removal, not on every keystroke.
  const counts = useMemo(
    () => (numbers.data === undefined ? null : countNumbers(numbers.data, hiddenIDs)),
    [numbers.data, hiddenIDs],
  )
  const { listRef, deleteAndMoveFocus } = useRemovalFocus(visible.all, hiddenIDs, onDelete)
  // Focus moved to a row scrolls clear of the sticky tools (scroll-padding-top in index.css).
  const stickyRef = useHeightVariable('--sticky-space')
  const selection = useRowSelection(businessID, visible.all, {
    total: visible.total,
    showRemoved: deferredView.showRemoved,
  })
  const readOnlyID = readOnlyReason === undefined ? undefined : readOnlyReasonID

  // A failed refresh keeps the numbers already on screen (a toast says it failed); only a
  // first load that fails has nothing better to show than the error.
  if (!numbers.isPending && numbers.data === undefined) {
    return (
      <>
        {renderHeader({})}
        <ErrorState
          heading="Could not load the numbers."
          error={numbers.error}
          onRetry={() => void numbers.refetch()}
        />
      </>
    )
  }

  // While the numbers load, the page is drawn as it will be, with skeleton rows for the list:
  // the tools need no numbers (a search typed now applies when they come, its field kept and
  // focused, as the tree does not change), and the page's largest text is painted early.
  const activeCount = counts?.active ?? 0
  const filtered =
    deferredView.search !== '' || deferredView.showRemoved || isFiltered(deferredView)
  const removeSelected = () => {
    onDeleteMany(selection.selected())
    selection.clear()
    // The bar goes with the selection: focus stays in the list rather than fall to the page.
    listRef.current?.focus()
  }

  return (
    <section
      ref={listRef}
      // While loading, the skeleton is the busy region of that name (numbers-skeleton.tsx).
      aria-label={counts === null ? undefined : 'Numbers'}
      // Where focus goes when the last number is deleted.
      tabIndex={-1}
      className="space-y-4"
    >
      {renderHeader({
        count:
          counts === null
            ? undefined
            : filtered
              ? showingLabel(visible.total, counts, deferredView.showRemoved)
              : countLabel(activeCount),
        // Drawn while loading too (Export disabled until there is something to export), so
        // the page does not move down when the numbers come.
        actions: (
          <>
            <ExportCsvButton
              count={visible.total}
              getNumbers={visible.all}
              businessName={businessName}
              scope={filtered ? { kind: 'filtered', view: deferredView } : { kind: 'all' }}
            />
            <WriteActions readOnlyReason={readOnlyReason} />
          </>
        ),
      })}
      <div>
        {/* The tools and the column titles stay in reach however far a long list is scrolled. */}
        <div
          ref={stickyRef}
          className="space-y-4 bg-surface max-sm:contents sm:sticky sm:top-[var(--acting-for-space,0px)] sm:z-20 sm:pt-2"
        >
          <PhoneNumberToolbar
            searchText={view.search}
            onSearchTextChange={(search) => setView({ ...view, search })}
            view={view}
            onViewChange={setView}
            filterCounts={counts === null ? undefined : visible.counts}
          />
          {counts === null ? null : (
            <SelectionBar
              selected={selection.ids.size}
              selectable={selection.selectable}
              onSelectAll={selection.selectAll}
              onClear={selection.clear}
              onExport={() =>
                downloadNumbers(businessName, { kind: 'selected' }, selection.selected())
              }
              onRemove={removeSelected}
              readOnlyReasonID={readOnlyID}
            />
          )}
          {counts === null || visible.total === 0 ? null : (
            <PhoneNumberListHeader
              view={view}
              onViewChange={setView}
              selected={selection.ids.size}
              selectable={selection.selectable}
              onSelectAll={(checked) => (checked ? selection.selectAll() : selection.clear())}
            />
          )}
        </div>
        {counts === null ? (
          <NumbersSkeleton onRowsTop={setRowsTop} />
        ) : visible.total === 0 ? (
          <NumbersEmptyState
            empty={emptyListOf(deferredView)}
            readOnlyReason={readOnlyReason}
            // The button goes away with what it cleared: focus goes to the search.
            onClearSearch={() => {
              setView({ ...view, search: '' })
              document.getElementById('number-search')?.focus()
            }}
            onClearFilters={() => {
              setView(withoutFilters(view))
              document.getElementById('number-search')?.focus()
            }}
          />
        ) : (
          <PhoneNumberRows
            numbers={visible.rows}
            total={visible.total}
            complete={visible.complete}
            now={now}
            onDelete={deleteAndMoveFocus}
            readOnlyReasonID={readOnlyID}
            selectedIDs={selection.ids}
            onToggle={selection.toggle}
            onSelectRows={selection.add}
          />
        )}
      </div>
    </section>
  )
}
