import { useId, useRef } from 'react'

import { Button } from '@/components/ui/button'

import { type ReadyRow } from '../parse/checked-row'
import { type RegisterOutcome } from '../register/register-outcome'

import { type FinishedRun, finishedHeading, skippedNote } from './finished-run'
import { outcomeSummary } from './run-wording'
import { useFocusOnMount } from './use-focus-on-mount'

interface FinishedStateProps {
  finished: FinishedRun
  outcome: RegisterOutcome<ReadyRow>
  businessName: string
  /** The list is being read again, so that it shows the numbers just added. */
  refreshing: boolean
  onViewNumbers: () => void
  onAddMore: () => void
}

/**
 * What Bulk add shows once a run has done everything: what went where, and the two next steps.
 * Focused when it appears, so that the keyboard is not left on the button that went away.
 */
export function FinishedState({
  finished,
  outcome,
  businessName,
  refreshing,
  onViewNumbers,
  onAddMore,
}: FinishedStateProps) {
  const ref = useRef<HTMLDivElement>(null)
  const headingID = useId()
  useFocusOnMount(ref)
  const note = skippedNote(finished)
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={headingID}
      role="group"
      className="flex flex-col items-start gap-3 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-700 dark:bg-emerald-950"
    >
      <h3 id={headingID} className="text-base font-semibold">
        {finishedHeading(finished, businessName)}
      </h3>
      <p role="status" className="text-sm">
        {outcomeSummary(outcome)}
      </p>
      {note ? <p className="text-sm">{note}</p> : null}
      {refreshing ? <p className="text-sm">Reading the list of numbers again…</p> : null}
      <div className="flex w-full flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button onClick={onAddMore}>Add more</Button>
        <Button variant="primary" onClick={onViewNumbers}>
          View numbers
        </Button>
      </div>
    </div>
  )
}
