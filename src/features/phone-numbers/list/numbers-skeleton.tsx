import { LoadingSkeleton, SkeletonBlock } from '@/components/ui/skeleton'

/** As many rows as a laptop screen shows below the tools. */
const ROWS = 8
// The row's own columns (phone-number-row.tsx), so the list arrives without a jump.
const columns =
  'sm:grid sm:grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_13rem] sm:items-center sm:gap-x-4'
const nameWidths = ['w-40', 'w-28', 'w-36', 'w-24']

/**
 * The list while its numbers load: the count, the search, the column titles and rows shaped
 * like the table from 640 px and like the cards below it.
 */
export function NumbersSkeleton() {
  return (
    <LoadingSkeleton label="Loading numbers…" regionLabel="Numbers" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <SkeletonBlock className="w-24" />
        <div className="flex gap-2">
          <SkeletonBlock className="h-10 w-24 rounded-md" />
          <SkeletonBlock className="h-10 w-28 rounded-md" />
        </div>
      </div>
      <div className="mt-4 space-y-2 sm:pt-2">
        <SkeletonBlock className="h-3 w-28" />
        <SkeletonBlock className="h-10 w-full rounded-md" />
      </div>
      <div className="mt-4 hidden h-9 rounded-t-lg border border-slate-200 bg-slate-50 sm:block dark:border-slate-800 dark:bg-slate-900" />
      <ul className="rounded-lg border border-slate-200 sm:rounded-t-none sm:border-t-0 dark:border-slate-800">
        {Array.from({ length: ROWS }, (_, index) => (
          <li
            key={index}
            className={`space-y-2 border-b border-slate-200 px-4 py-3 last:border-b-0 sm:min-h-13 sm:space-y-0 dark:border-slate-800 ${columns}`}
          >
            <SkeletonBlock className={nameWidths[index % nameWidths.length]} />
            <SkeletonBlock className="w-32" />
            <SkeletonBlock className="w-24 sm:w-20" />
            <SkeletonBlock className="hidden w-20 sm:block" />
            <SkeletonBlock className="hidden h-8 w-40 justify-self-end rounded-md sm:block" />
          </li>
        ))}
      </ul>
    </LoadingSkeleton>
  )
}
