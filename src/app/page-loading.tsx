import { LoadingSkeleton, SkeletonBlock } from '@/components/ui/skeleton'

/**
 * What a full page load shows while the router fetches the page's code (the routes are lazy):
 * the data router renders it during its first load instead of warning that it has none. The
 * shape of a page (a title, a line, a few rows) rather than a spinner, so that little moves
 * when the page arrives.
 */
export function PageLoading() {
  return (
    <LoadingSkeleton label="Loading…" className="mx-auto max-w-5xl space-y-4 p-6">
      <SkeletonBlock className="h-7 w-56" />
      <SkeletonBlock className="w-72 max-w-full" />
      <div className="space-y-3 pt-4">
        {Array.from({ length: 5 }, (_, index) => (
          <SkeletonBlock key={index} className="h-10 w-full rounded-md" />
        ))}
      </div>
    </LoadingSkeleton>
  )
}
