import { useLayoutEffect, useRef } from 'react'

import { LoadingSkeleton, SkeletonBlock } from '@/components/ui/skeleton'

/** As many rows as a laptop screen shows below the tools. */
const ROWS = 8
// The row's own columns (phone-number-row.tsx), so the list arrives without a jump.
const columns =
  'sm:grid sm:grid-cols-[2.75rem_minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_8rem] sm:items-center sm:gap-x-4'
const nameWidths = ['w-40', 'w-28', 'w-36', 'w-24']

/**
 * The list's rows while its numbers load (the tools above are the real ones): the column
 * titles and rows shaped like the table from 640 px and like the cards below it. Tells
 * where its rows begin in the page, which is where the real rows will: the first screen
 * then draws only the rows that fit below it.
 */
export function NumbersSkeleton({ onRowsTop }: { onRowsTop: (top: number) => void }) {
  const rowsRef = useRef<HTMLUListElement>(null)
  useLayoutEffect(() => {
    const rows = rowsRef.current
    if (rows) onRowsTop(rows.getBoundingClientRect().top + window.scrollY)
  }, [onRowsTop])
  return (
    <LoadingSkeleton label="Loading numbers…" regionLabel="Numbers" className="space-y-4">
      <div className="hidden h-9 rounded-t-lg border border-line bg-raised sm:block" />
      <ul ref={rowsRef} className="rounded-lg border border-line sm:rounded-t-none sm:border-t-0">
        {Array.from({ length: ROWS }, (_, index) => (
          <li
            key={index}
            className={`space-y-2 border-b border-line px-4 py-3 last:border-b-0 sm:min-h-12 sm:space-y-0 sm:py-1.5 ${columns}`}
          >
            <SkeletonBlock className="hidden size-4 sm:block" />
            <SkeletonBlock className={nameWidths[index % nameWidths.length]} />
            <SkeletonBlock className="w-32" />
            <SkeletonBlock className="w-24 sm:w-20" />
            <SkeletonBlock className="hidden w-20 sm:block" />
            <SkeletonBlock className="hidden h-8 w-24 justify-self-end rounded-md sm:block" />
          </li>
        ))}
      </ul>
    </LoadingSkeleton>
  )
}
