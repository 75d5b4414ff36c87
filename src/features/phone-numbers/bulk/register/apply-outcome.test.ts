import { applyOutcome } from './apply-outcome'
import { checkRows } from '../parse/check-rows'
import { parsePaste } from '../parse/parse-paste'
import { addButtonLabel, outcomeSummary, type RegisterOutcome } from './register-outcome'
import { readyRows } from '../parse/summarize-rows'

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

describe('what the dialog says', () => {
  const row = { line: 1, e164: '+14155552671', name: 'A' }
  const many = <T>(count: number, item: T) => Array.from({ length: count }, () => item)

  it.each([
    [297, 0, 3, null, 'Added 297 numbers. 3 need attention.'],
    [1, 0, 0, null, 'Added 1 number.'],
    [0, 2, 1, null, 'Added 0 numbers. 2 were already registered. 1 needs attention.'],
    [
      100,
      0,
      200,
      'This sign-in may not do that.',
      'Added 100 numbers. 200 need attention. This sign-in may not do that.',
    ],
  ])('%i added, %i skipped, %i to fix → %j', (added, skipped, attention, stop, expected) => {
    const outcome: RegisterOutcome<typeof row> = {
      added: many(added, { row, record: null }),
      alreadyRegistered: many(skipped, row),
      needsAttention: many(attention, {
        row,
        field: null,
        message: 'x',
        unconfirmed: false,
        retryable: true,
      }),
      stopped: stop === null ? null : { reason: 'forbidden', message: stop },
    }
    expect(outcomeSummary(outcome)).toBe(expected)
  })

  it('labels the submit button with the ready count', () => {
    expect(addButtonLabel(1)).toBe('Add 1 number')
    expect(addButtonLabel(300)).toBe('Add 300 numbers')
  })
})
