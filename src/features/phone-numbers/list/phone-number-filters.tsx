import { groupedCount } from '@/lib/format/grouped-count'

import { ListCheckbox } from './list-checkbox'
import { type AddedRange, addedRanges, type ListViewState } from './list-view-state'
import { type FilterCounts, INACTIVE_DAYS } from './number-filters'

const addedLabels: Record<AddedRange, string> = {
  any: 'Any time',
  '7d': 'In the last 7 days',
  '30d': 'In the last 30 days',
  '90d': 'In the last 90 days',
  older: 'More than 90 days ago',
}

interface PhoneNumberFiltersProps {
  view: ListViewState
  onViewChange: (next: ListViewState) => void
  /** How many each choice would show, beside the rest of the view; none while the numbers load. */
  counts: FilterCounts | undefined
  controlClass: string
}

/** " (2,035)" after a choice's name, once the numbers are there to count. */
const count = (value: number | undefined) =>
  value === undefined ? '' : ` (${groupedCount(value)})`

/** The filters beside search, each choice with how many numbers it would show. */
export function PhoneNumberFilters({
  view,
  onViewChange,
  counts,
  controlClass,
}: PhoneNumberFiltersProps) {
  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="number-added" className="text-sm font-medium">
          Added
        </label>
        <select
          id="number-added"
          value={view.added}
          onChange={(event) => {
            const added = addedRanges.find((range) => range === event.target.value) ?? 'any'
            onViewChange({ ...view, added })
          }}
          className={controlClass}
        >
          {addedRanges.map((range) => (
            <option key={range} value={range}>
              {addedLabels[range]}
              {count(counts?.added[range])}
            </option>
          ))}
        </select>
      </div>
      <ListCheckbox
        checked={view.inactive}
        onChange={(inactive) => onViewChange({ ...view, inactive })}
      >
        No activity for {INACTIVE_DAYS} days or more{count(counts?.inactive)}
      </ListCheckbox>
    </>
  )
}
