import { useEffect, useRef } from 'react'

import { touchTarget } from '@/components/ui/touch-target'
import { groupedCount } from '@/lib/format/grouped-count'

interface SelectAllCheckboxProps {
  /** How many rows are ticked, and how many the search and filters let one tick. */
  selected: number
  selectable: number
  onChange: (checked: boolean) => void
}

/**
 * The header's tick: all N matching rows, not only the few the virtualized list has drawn.
 * Half-ticked (indeterminate) while some are; a click then ticks them all.
 */
export function SelectAllCheckbox({ selected, selectable, onChange }: SelectAllCheckboxProps) {
  const ref = useRef<HTMLInputElement>(null)
  const all = selectable > 0 && selected >= selectable
  const count = groupedCount(selectable)
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = selected > 0 && !all
  }, [selected, all])
  return (
    <label
      className={`flex size-9 cursor-pointer items-center justify-center rounded-md hover:bg-slate-200 dark:hover:bg-slate-800 ${touchTarget}`}
    >
      <input
        ref={ref}
        type="checkbox"
        checked={all}
        disabled={selectable === 0}
        aria-label={all ? `Clear the selection of ${count}` : `Select all ${count} matching`}
        className="size-4 cursor-pointer disabled:cursor-not-allowed"
        onChange={() => onChange(!all)}
      />
    </label>
  )
}
