import { useEffect, useRef } from 'react'

import { Button } from '@/components/ui/button'
import { cn } from '@/lib/cn'

import { type ReadyRow } from '../parse/checked-row'
import { type RegisterOutcome } from '../register/register-outcome'

import { outcomeSummary } from './run-wording'

interface RunOutcomeProps {
  outcome: RegisterOutcome<ReadyRow>
  refreshing: boolean
  retryCount: number
  onRetry: () => void
}

/**
 * What the run did, in one sentence ("Added 297 numbers. 3 need attention."), focused when it
 * appears so that the keyboard is not left on a button that went away.
 */
export function RunOutcome({ outcome, refreshing, retryCount, onRetry }: RunOutcomeProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [outcome])

  const problem = outcome.needsAttention.length > 0 || outcome.stopped !== null
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={cn(
        'flex flex-col gap-2 rounded-lg border p-3 text-sm',
        problem
          ? 'border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950'
          : 'border-emerald-300 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950',
      )}
    >
      <p role="status" className="font-medium">
        {outcomeSummary(outcome)}
      </p>
      {problem ? (
        <p>The rows not added stay below with Thumbtack’s message: fix them and add them again.</p>
      ) : null}
      {refreshing ? <p>Reading the list of numbers again…</p> : null}
      {retryCount > 0 && !refreshing ? (
        <div className="flex flex-wrap items-center gap-2">
          <p>
            {retryCount === 1 ? '1 row was' : `${retryCount} rows were`} not sent, or not confirmed,
            only because sending stopped: nothing in them needs fixing.
          </p>
          <Button size="sm" onClick={onRetry}>
            Try again
          </Button>
        </div>
      ) : null}
    </div>
  )
}
