import { checkRows } from '../parse/check-rows'
import { type CheckContext, type CheckedRow, type RowProblem } from '../parse/checked-row'
import { type RegisterOutcome, type RegistrableRow } from './register-outcome'

/**
 * The preview after a registration run: rows added are gone, every other row stays, and the
 * ones Thumbtack refused or that were not sent carry its message until the user edits them.
 * Numbers found registered join `registered`, so they show as skipped. Refetch the list
 * afterwards and check again: a row whose outcome was unconfirmed then shows as registered
 * if it was.
 */
export function applyOutcome(
  rows: readonly CheckedRow[],
  outcome: RegisterOutcome<RegistrableRow>,
  context: CheckContext,
): { rows: CheckedRow[]; registered: Set<string> } {
  const addedLines = new Set(outcome.added.map(({ row }) => row.line))
  const registered = new Set(context.registered)
  for (const { row } of outcome.added) registered.add(row.e164)
  for (const row of outcome.alreadyRegistered) registered.add(row.e164)
  const problems = new Map<number, RowProblem>(
    outcome.needsAttention.map(({ row, field, message }) => [
      row.line,
      { field, reason: 'server', message },
    ]),
  )
  const remaining = rows
    .filter((row) => !addedLines.has(row.line))
    .map((row) => {
      const serverProblem = problems.get(row.line)
      return serverProblem ? { ...row, serverProblem } : row
    })
  return { rows: checkRows(remaining, { registered }), registered }
}
