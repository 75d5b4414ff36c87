import { type RegisterOutcome } from '../register/register-outcome'

import { addButtonLabel, outcomeSummary } from './run-wording'

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
