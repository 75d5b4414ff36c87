import { ArrowDown, ArrowUp } from 'lucide-react'

import { touchTarget } from '@/components/ui/touch-target'

import { defaultDirection, type ListViewState, type SortKey } from './list-view-state'
import { SelectAllCheckbox } from './select-all-checkbox'

interface PhoneNumberListHeaderProps {
  view: ListViewState
  onViewChange: (next: ListViewState) => void
  selected: number
  selectable: number
  onSelectAll: (checked: boolean) => void
}

const columns: { key: SortKey; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'number', label: 'Number' },
  { key: 'activity', label: 'Last activity' },
  { key: 'added', label: 'Added' },
]

/** A new column starts in its natural direction; the column already sorted by turns round. */
export function nextSort(view: ListViewState, key: SortKey): ListViewState {
  if (view.sort !== key) return { ...view, sort: key, direction: defaultDirection[key] }
  return { ...view, direction: view.direction === 'asc' ? 'desc' : 'asc' }
}

/**
 * Column titles for the wide layout, each a button that sorts by it. A header row of its
 * own (a virtualized list cannot tie cells to headers), so each cell still says what it is
 * ("Last activity: …"); `aria-sort` tells which column orders the list, and which way.
 */
export function PhoneNumberListHeader({
  view,
  onViewChange,
  selected,
  selectable,
  onSelectAll,
}: PhoneNumberListHeaderProps) {
  return (
    <div role="table" aria-label="Sort the numbers" className="hidden sm:block">
      <div
        role="row"
        className="grid grid-cols-[2.75rem_minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_8rem] items-center gap-x-4 rounded-t-lg border border-line bg-raised py-1 pr-2 pl-1 text-xs font-semibold tracking-wide text-muted uppercase"
      >
        <div role="columnheader">
          <SelectAllCheckbox selected={selected} selectable={selectable} onChange={onSelectAll} />
        </div>
        {columns.map(({ key, label }) => {
          const sorted = view.sort === key
          const direction = view.direction === 'asc' ? 'ascending' : 'descending'
          return (
            <div key={key} role="columnheader" aria-sort={sorted ? direction : 'none'}>
              <button
                type="button"
                onClick={() => onViewChange(nextSort(view, key))}
                className={`inline-flex min-h-8 items-center gap-1 rounded px-2 tracking-wide uppercase hover:bg-slate-200 dark:hover:bg-slate-800 ${touchTarget}`}
              >
                {label}
                {view.direction === 'asc' ? (
                  <ArrowUp
                    aria-hidden="true"
                    className={sorted ? 'size-3.5' : 'invisible size-3.5'}
                  />
                ) : (
                  <ArrowDown
                    aria-hidden="true"
                    className={sorted ? 'size-3.5' : 'invisible size-3.5'}
                  />
                )}
              </button>
            </div>
          )
        })}
        <div role="columnheader" className="flex items-center justify-end px-2">
          Actions
        </div>
      </div>
    </div>
  )
}
