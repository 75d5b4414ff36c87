import { emptyDraft, withRefused } from './bulk-draft'
import { checkRows } from './check-rows'
import { withRecordedRefusals } from './draft-refusals'
import { parsePaste } from './parse-paste'

describe('withRecordedRefusals', () => {
  it('shows a row Thumbtack refused as needing a fix, with its message, not as ready', () => {
    const text = 'Jane, 415-555-2671\nBob, 415-555-2672'
    const problem = { field: null, reason: 'server' as const, message: 'Thumbtack said no.' }
    const draft = withRefused(emptyDraft(text), [{ line: 2, problem }])
    const read = checkRows(parsePaste(text).rows, { registered: new Set() })
    expect(read.map((row) => row.status)).toEqual(['ready', 'ready'])

    const rows = withRecordedRefusals(read, draft, { registered: new Set() })
    expect(rows.map((row) => row.status)).toEqual(['ready', 'needs-fixing'])
    expect(rows[1]).toMatchObject({ serverProblem: problem })
  })
})
