import { type BulkDraft } from './bulk-draft'
import { checkRows } from './check-rows'
import { type CheckContext, type CheckedRow } from './checked-row'

/**
 * The rows read from a draft, with the refusals it recorded put back: a row Thumbtack refused
 * needs a fix again after a reload or in another tab, instead of showing as ready to resend.
 */
export function withRecordedRefusals(
  rows: CheckedRow[],
  draft: Pick<BulkDraft, 'refused'>,
  context: CheckContext,
): CheckedRow[] {
  if (!draft.refused?.length) return rows
  const problems = new Map(draft.refused.map(({ line, problem }) => [line, problem]))
  const marked = rows.map((row) => {
    const serverProblem = problems.get(row.line)
    return serverProblem ? { ...row, serverProblem } : row
  })
  return checkRows(marked, context)
}
