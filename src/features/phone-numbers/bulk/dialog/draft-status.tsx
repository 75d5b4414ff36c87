/** Whether the draft survives a reload, and whether the paste could be read at all. */
export function DraftStatus({
  persisted,
  readFailed,
}: {
  persisted: boolean
  readFailed: boolean
}) {
  return (
    <>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {persisted
          ? 'Your draft is kept if you close this dialog or reload the page, until you add or clear it.'
          : 'Your draft is kept while this tab is open, but it is too large to keep if you reload.'}
      </p>
      {readFailed ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The paste could not be read. Try pasting it again.
        </p>
      ) : null}
    </>
  )
}
