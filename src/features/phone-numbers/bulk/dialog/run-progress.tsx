import { useId } from 'react'

import { groupedCount } from '@/lib/format/grouped-count'

import { type RegisterProgress } from '../register/register-outcome'

import { settledCount } from './run-wording'

function waitingText(waiting: NonNullable<RegisterProgress['waiting']>): string {
  const seconds = `${waiting.seconds} ${waiting.seconds === 1 ? 'second' : 'seconds'}`
  return waiting.reason === 'rate-limited'
    ? `Thumbtack asked us to slow down: going on in ${seconds}.`
    : `No clear answer from Thumbtack: checking the list, then trying again in ${seconds}.`
}

/** How far a run has got: a labelled progress bar and "Added 120 of 250". */
export function RunProgress({
  progress,
  cancelling,
}: {
  progress: RegisterProgress
  cancelling: boolean
}) {
  const labelId = useId()
  const settled = settledCount(progress)
  return (
    <div className="flex flex-col gap-1 rounded-lg border border-line p-3">
      <span id={labelId} className="text-sm font-medium">
        Adding numbers
      </span>
      <progress
        aria-labelledby={labelId}
        value={settled}
        max={progress.total}
        className="h-2 w-full accent-brand-600"
      />
      <p aria-live="polite" className="text-sm">
        Added {groupedCount(progress.added)} of {groupedCount(progress.total)}
        {progress.alreadyRegistered > 0
          ? `; ${groupedCount(progress.alreadyRegistered)} already registered`
          : ''}
        {progress.needsAttention > 0
          ? `; ${groupedCount(progress.needsAttention)} need attention`
          : ''}
        {cancelling ? '. Stopping after the requests on their way…' : ''}
      </p>
      {progress.waiting ? (
        <p className="text-sm text-muted">{waitingText(progress.waiting)}</p>
      ) : null}
    </div>
  )
}
