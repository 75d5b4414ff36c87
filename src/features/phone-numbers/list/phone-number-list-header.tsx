/**
 * Column titles for the wide layout. Hidden from screen readers: each cell already says
 * what it is ("Last activity: …"), which a virtualized list cannot tie to a header.
 */
export function PhoneNumberListHeader() {
  return (
    <div
      aria-hidden="true"
      className="hidden grid-cols-[minmax(0,2fr)_minmax(0,1.4fr)_minmax(0,1fr)_minmax(0,1fr)_13rem] gap-x-4 rounded-t-lg border border-slate-200 bg-slate-50 px-4 py-2 text-xs font-semibold tracking-wide text-slate-600 uppercase sm:grid dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <span>Name</span>
      <span>Number</span>
      <span>Last activity</span>
      <span>Added</span>
      <span className="text-right">Actions</span>
    </div>
  )
}
