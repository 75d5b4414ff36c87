import { checkRows } from '../parse/check-rows'
import { parsePaste } from '../parse/parse-paste'
import { readyRows } from '../parse/summarize-rows'

import { applyOutcome } from './apply-outcome'
import { type RegisterOutcome } from './register-outcome'

describe('applyOutcome', () => {
  it('drops added rows, marks refused ones with Thumbtack’s message, skips found ones', () => {
    const context = { registered: new Set<string>() }
    const rows = checkRows(
      parsePaste('4155552671, A\n4155552672, B\n4155552673, C\n555, D').rows,
      context,
    )
    const [a, b, c] = readyRows(rows)
    if (!a || !b || !c) throw new Error('expected three ready rows')
    const outcome: RegisterOutcome<typeof a> = {
      added: [{ row: a, record: null }],
      alreadyRegistered: [c],
      needsAttention: [
        { row: b, field: 'name', message: 'Name refused.', unconfirmed: false, retryable: false },
      ],
      stopped: null,
    }
    const next = applyOutcome(rows, outcome, context)
    expect(next.registered).toEqual(new Set(['+14155552671', '+14155552673']))
    expect(next.rows.map((row) => [row.line, row.status])).toEqual([
      [2, 'needs-fixing'],
      [3, 'already-registered'],
      [4, 'needs-fixing'],
    ])
    expect(next.rows[0]?.status === 'needs-fixing' && next.rows[0].problems).toEqual([
      { field: 'name', reason: 'server', message: 'Name refused.' },
    ])
  })
})
