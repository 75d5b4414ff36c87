/**
 * What a full page load shows while the router fetches the page's code (the routes are lazy):
 * the data router renders it during its first load instead of warning that it has none.
 */
export function PageLoading() {
  return (
    <p role="status" className="p-6 text-sm text-muted">
      Loading…
    </p>
  )
}
