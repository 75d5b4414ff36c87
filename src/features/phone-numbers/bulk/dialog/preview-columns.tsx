import { cn } from '@/lib/cn'

/** One line a row from 640 px: what was read, the number, the name, the status and Remove. */
export const ROW_GRID =
  'grid grid-cols-1 sm:grid-cols-[9rem_minmax(0,1.3fr)_minmax(0,1fr)_auto] sm:items-start sm:gap-x-3'

/**
 * The column titles above the rows from 640 px, where each row's own labels are hidden. Each
 * field keeps its full label ("Number on line 3"), so the titles are for the eye only.
 */
export function PreviewColumns() {
  return (
    <div
      aria-hidden="true"
      className={cn(
        ROW_GRID,
        'hidden border-b border-slate-200 bg-slate-50 px-3 py-1.5 text-xs font-semibold text-slate-600 sm:grid dark:border-slate-700 dark:bg-slate-800 dark:text-slate-300',
      )}
    >
      <span>Line, as read</span>
      <span>Number</span>
      <span>Name</span>
      <span className="text-right">Status</span>
    </div>
  )
}
