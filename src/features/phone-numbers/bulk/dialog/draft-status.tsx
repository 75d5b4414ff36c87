import { useRef } from 'react'

import { groupedCount } from '@/lib/format/grouped-count'

import { type BulkDraft } from '../parse/bulk-draft'

import { useFocusOnMount } from './use-focus-on-mount'

interface DraftStatusProps {
  persisted: boolean
  readFailed: boolean
  /** What an earlier run of this draft added, when one stopped (or its tab closed) midway. */
  run: BulkDraft['run'] | null
  /** Another tab of this user is sending this draft now. */
  elsewhere: boolean
}

/** Whether the draft survives a reload, what is left of a run, whether the paste could be read. */
export function DraftStatus({ persisted, readFailed, run, elsewhere }: DraftStatusProps) {
  return (
    <>
      {elsewhere ? (
        <ElsewhereNote />
      ) : run ? (
        <p role="status" className="rounded-lg border border-slate-300 p-3 text-sm">
          <strong>
            Resume the draft: {groupedCount(run.added)} of {groupedCount(run.total)} already added.
          </strong>{' '}
          Those are out of the draft; adding now sends only the rest.
        </p>
      ) : null}
      <p className="text-sm text-muted">
        {persisted
          ? 'Your draft is kept if you close this dialog, reload or open another tab, until you add or clear it.'
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

/**
 * Focused when it appears: the paste and its rows are disabled while the other tab sends, so
 * focus would otherwise fall out of the dialog.
 */
function ElsewhereNote() {
  const ref = useRef<HTMLParagraphElement>(null)
  useFocusOnMount(ref)
  return (
    <p
      ref={ref}
      tabIndex={-1}
      role="status"
      className="rounded-lg border border-slate-300 p-3 text-sm font-medium"
    >
      This draft is being added in another tab. It shows here as that tab adds it; you can add what
      is left once it stops.
    </p>
  )
}
