import { type RegisterOutcome, type RegisterProgress } from '../register/register-outcome'

/** "Added 297 numbers. 3 need attention." The sentence the dialog ends with. */
export function outcomeSummary(outcome: RegisterOutcome<unknown>): string {
  const added = outcome.added.length
  const parts = [`Added ${added} ${added === 1 ? 'number' : 'numbers'}.`]
  const skipped = outcome.alreadyRegistered.length
  if (skipped > 0) parts.push(`${skipped} ${skipped === 1 ? 'was' : 'were'} already registered.`)
  const attention = outcome.needsAttention.length
  if (attention > 0) parts.push(`${attention} ${attention === 1 ? 'needs' : 'need'} attention.`)
  if (outcome.stopped) parts.push(outcome.stopped.message)
  return parts.join(' ')
}

/** The submit button: "Add 1 number", "Add 300 numbers". */
export function addButtonLabel(readyCount: number): string {
  return `Add ${readyCount} ${readyCount === 1 ? 'number' : 'numbers'}`
}

/** The rows a run has settled, whichever way. */
export function settledCount(progress: RegisterProgress): number {
  return progress.added + progress.alreadyRegistered + progress.needsAttention
}
