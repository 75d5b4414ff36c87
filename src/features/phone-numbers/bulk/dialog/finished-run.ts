import { groupedCount } from '@/lib/format/grouped-count'

import { countLabel } from '../../list/count-numbers'
import { type RegisterOutcome } from '../register/register-outcome'
import { type RowCounts } from '../parse/summarize-rows'

/** A run with nothing left to do: every row it sent landed, and the paste holds nothing to add. */
export interface FinishedRun {
  added: number
  /** Rows the paste still shows that need nothing: repeats, and numbers already registered. */
  skipped: number
}

/**
 * The run is finished when it stopped for no reason, no row needs attention, and what is left
 * of the paste is only rows that are skipped anyway: then the dialog says so and offers the
 * next step, instead of an empty form with "Add 0 numbers". Otherwise null: the form stays,
 * with the rows to fix.
 */
export function finishedRun(
  outcome: RegisterOutcome<unknown>,
  left: RowCounts,
): FinishedRun | null {
  if (outcome.stopped !== null || outcome.needsAttention.length > 0) return null
  if (left.ready > 0 || left.needsFixing > 0) return null
  return { added: outcome.added.length, skipped: left.repeated + left.alreadyRegistered }
}

/** "12 numbers added to Metro HVAC", the finished state's heading. */
export function finishedHeading({ added }: FinishedRun, businessName: string): string {
  if (added === 0) return `No new numbers for ${businessName}`
  return `${countLabel(added)} added to ${businessName}`
}

/** What else the paste held, when it held more than the numbers added; null when nothing. */
export function skippedNote({ skipped }: FinishedRun): string | null {
  if (skipped === 0) return null
  return skipped === 1
    ? '1 row was skipped: a repeat, or a number already registered.'
    : `${groupedCount(skipped)} rows were skipped: repeats, or numbers already registered.`
}
