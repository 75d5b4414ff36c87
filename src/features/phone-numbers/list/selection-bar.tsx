import { Button } from '@/components/ui/button'
import { groupedCount } from '@/lib/format/grouped-count'

interface SelectionBarProps {
  /** How many rows are ticked, and how many the search and filters let one tick. */
  selected: number
  selectable: number
  onSelectAll: () => void
  onClear: () => void
  onExport: () => void
  onRemove: () => void
  /** The id of the text saying why this sign-in may not change numbers; set, Remove is disabled. */
  readOnlyReasonID?: string | undefined
}

/**
 * What to do with the ticked rows, shown from the first tick. The count is announced from a
 * live region that is always there (one added with its text would not be read out).
 */
export function SelectionBar({
  selected,
  selectable,
  onSelectAll,
  onClear,
  onExport,
  onRemove,
  readOnlyReasonID,
}: SelectionBarProps) {
  return (
    <>
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {selected === 0 ? '' : `${groupedCount(selected)} selected`}
      </p>
      {selected === 0 ? null : (
        <div
          role="region"
          aria-label="Selected numbers"
          className="flex flex-wrap items-center gap-2 rounded-lg border border-brand-100 bg-brand-50 px-3 py-2 dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="mr-auto text-sm font-medium" aria-hidden="true">
            {groupedCount(selected)} selected
          </p>
          {selected < selectable ? (
            <Button variant="ghost" size="sm" onClick={onSelectAll}>
              Select all {groupedCount(selectable)} matching
            </Button>
          ) : null}
          <Button size="sm" onClick={onExport}>
            {/* "Export" alone on a phone, so the bar keeps to two lines; its name stays whole. */}
            Export<span className="max-sm:sr-only"> selected</span>
          </Button>
          <Button
            variant="danger"
            size="sm"
            disabled={readOnlyReasonID !== undefined}
            aria-describedby={readOnlyReasonID}
            onClick={onRemove}
          >
            Remove<span className="max-sm:sr-only"> selected</span>
          </Button>
          <Button variant="ghost" size="sm" onClick={onClear}>
            Clear
          </Button>
        </div>
      )}
    </>
  )
}
