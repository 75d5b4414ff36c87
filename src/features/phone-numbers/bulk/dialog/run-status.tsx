import { RunOutcome } from './run-outcome'
import { RunProgress } from './run-progress'
import { type RunState } from './use-bulk-register'

/** The run's progress while it sends, its outcome once it is done, nothing before. */
export function RunStatus({
  run,
  onRetry,
}: {
  run: RunState
  /** "Try again": the lines that may go again as they are. */
  onRetry: (lines: ReadonlySet<number>) => void
}) {
  if (run.phase === 'sending') {
    return <RunProgress progress={run.progress} cancelling={run.cancelling} />
  }
  if (run.phase === 'idle') return null
  return (
    <RunOutcome
      outcome={run.outcome}
      refreshing={run.refreshing}
      retryCount={run.retryLines.size}
      onRetry={() => onRetry(run.retryLines)}
    />
  )
}
