import { checkRows, isChecked } from './check-rows'
import { type CheckContext, type CheckedRow } from './checked-row'
import { type PastedRow } from './pasted-row'

/** The list after the user edits one row: that row is re-parsed, every repeat re-linked. */
export function updateRow(
  rows: readonly CheckedRow[],
  line: number,
  change: Partial<Pick<PastedRow, 'numberText' | 'nameText'>>,
  context: CheckContext,
): CheckedRow[] {
  return checkRows(
    rows.map((row) => (row.line === line ? withoutServerProblem({ ...row, ...change }) : row)),
    context,
  )
}

/** The list without one row; a row that repeated it may now be the one that is ready. */
export function removeRow(rows: readonly CheckedRow[], line: number, context: CheckContext) {
  return checkRows(
    rows.filter((row) => row.line !== line),
    context,
  )
}

/**
 * "Try again": the rows on `lines` lose Thumbtack's earlier message (they were not sent, or
 * not confirmed, through no fault of their own), so the ready ones count again. Check them
 * against a freshly read `registered`: an unconfirmed row that did land is then skipped.
 */
export function retryRows(
  rows: readonly CheckedRow[],
  lines: ReadonlySet<number>,
  context: CheckContext,
): CheckedRow[] {
  return checkRows(
    rows.map((row) => (lines.has(row.line) ? withoutServerProblem(row) : row)),
    context,
  )
}

/** One row alone (for a field's message as the user types): repeats are not looked for. */
export function recheckRow(row: PastedRow, context: CheckContext): CheckedRow {
  const [checked] = checkRows([withoutServerProblem(row)], context)
  if (!checked) throw new Error('checkRows returned no row')
  return checked
}

/** The row as edited by the user: Thumbtack's earlier refusal no longer applies to it. */
function withoutServerProblem(row: PastedRow): PastedRow {
  if (!isChecked(row)) return row
  const { serverProblem: _dropped, ...rest } = row
  return rest
}
