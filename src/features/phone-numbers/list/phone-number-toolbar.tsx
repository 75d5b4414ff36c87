import { ArrowDown, ArrowUp } from 'lucide-react'

import { touchTarget } from '@/components/ui/touch-target'
import { useHeightVariable } from '@/lib/page/use-height-variable'
import { MIN_QUERY_DIGITS } from '@/lib/search/match-number'

import { DensityToggle } from './density-toggle'
import { ListCheckbox } from './list-checkbox'
import { type ListViewState, type SortKey, defaultDirection, sortKeys } from './list-view-state'
import { type FilterCounts } from './number-filters'
import { PhoneNumberFilters } from './phone-number-filters'

const sortLabels: Record<SortKey, string> = {
  name: 'Name',
  number: 'Number',
  activity: 'Last activity',
  added: 'Added',
}

interface PhoneNumberToolbarProps {
  searchText: string
  onSearchTextChange: (text: string) => void
  view: ListViewState
  onViewChange: (next: ListViewState) => void
  /** How many each filter choice would show; left out while the numbers load. */
  filterCounts?: FilterCounts | undefined
}

const controlClass = `${touchTarget} min-h-10 rounded-md border border-control bg-surface px-3 text-base`

export function PhoneNumberToolbar({
  searchText,
  onSearchTextChange,
  view,
  onViewChange,
  filterCounts,
}: PhoneNumberToolbarProps) {
  // 1 or 2 digits search names only: say so, or "41" seems to find nothing for no reason.
  const digits = searchText.replace(/\D/g, '').length
  const needsDigits = digits > 0 && digits < MIN_QUERY_DIGITS
  // On a phone only the search sticks (the rest would fill the screen): its own height.
  const searchRef = useHeightVariable('--search-space')
  return (
    // Below 640 px this box and the one around it give way (display: contents), so that the
    // search field sticks while the whole list scrolls, and the other tools scroll away.
    <div className="max-sm:contents sm:flex sm:flex-wrap sm:items-end sm:gap-3">
      <div
        ref={searchRef}
        className="flex min-w-[min(100%,16rem)] flex-1 flex-col gap-1 bg-surface max-sm:sticky max-sm:top-[var(--acting-for-space,0px)] max-sm:z-20 max-sm:py-2"
      >
        <label htmlFor="number-search" className="text-sm font-medium">
          Search numbers
        </label>
        <input
          id="number-search"
          type="search"
          value={searchText}
          onChange={(event) => onSearchTextChange(event.target.value)}
          placeholder="Name or number"
          autoComplete="off"
          aria-describedby={needsDigits ? 'number-search-hint' : undefined}
          className={controlClass}
        />
        {needsDigits ? (
          <p id="number-search-hint" className="text-sm text-muted">
            Type at least {MIN_QUERY_DIGITS} digits to search by number.
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap items-end gap-3 max-sm:mb-4 sm:contents">
        <div className="flex flex-col gap-1">
          <label htmlFor="number-sort" className="text-sm font-medium">
            Sort by
          </label>
          <div className="flex gap-1">
            <select
              id="number-sort"
              value={view.sort}
              onChange={(event) => {
                const sort = sortKeys.find((key) => key === event.target.value) ?? 'name'
                onViewChange({ ...view, sort, direction: defaultDirection[sort] })
              }}
              className={controlClass}
            >
              {sortKeys.map((key) => (
                <option key={key} value={key}>
                  {sortLabels[key]}
                </option>
              ))}
            </select>
            <button
              type="button"
              className={controlClass}
              aria-label={view.direction === 'asc' ? 'Ascending order' : 'Descending order'}
              title="Reverse the order"
              onClick={() =>
                onViewChange({ ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' })
              }
            >
              {view.direction === 'asc' ? (
                <ArrowUp aria-hidden="true" className="size-4" />
              ) : (
                <ArrowDown aria-hidden="true" className="size-4" />
              )}
            </button>
          </div>
        </div>
        <ListCheckbox
          checked={view.showRemoved}
          onChange={(showRemoved) => onViewChange({ ...view, showRemoved })}
        >
          Show removed
        </ListCheckbox>
        <PhoneNumberFilters
          view={view}
          onViewChange={onViewChange}
          counts={filterCounts}
          controlClass={controlClass}
        />
        <DensityToggle className="max-sm:hidden" />
      </div>
    </div>
  )
}
