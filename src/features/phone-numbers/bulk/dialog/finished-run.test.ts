import { type RowCounts } from '../parse/summarize-rows'
import { type RegisterOutcome } from '../register/register-outcome'

import { finishedHeading, finishedRun, skippedNote } from './finished-run'

const row = { line: 1, e164: '+14155552671', name: 'A' }
const nothingLeft: RowCounts = {
  total: 0,
  ready: 0,
  needsFixing: 0,
  repeated: 0,
  alreadyRegistered: 0,
}

function outcomeOf(added: number, overrides: Partial<RegisterOutcome<typeof row>> = {}) {
  const outcome: RegisterOutcome<typeof row> = {
    added: Array.from({ length: added }, () => ({ row, record: null })),
    alreadyRegistered: [],
    needsAttention: [],
    stopped: null,
    ...overrides,
  }
  return outcome
}

describe('the finished state of Bulk add', () => {
  it('says how many numbers went to which business', () => {
    const finished = finishedRun(outcomeOf(12), nothingLeft)
    expect(finished).toEqual({ added: 12, skipped: 0 })
    expect(finishedHeading({ added: 12, skipped: 0 }, 'Metro HVAC')).toBe(
      '12 numbers added to Metro HVAC',
    )
    expect(finishedHeading({ added: 1, skipped: 0 }, 'Metro HVAC')).toBe(
      '1 number added to Metro HVAC',
    )
    expect(finishedHeading({ added: 2500, skipped: 0 }, 'Metro HVAC')).toBe(
      '2,500 numbers added to Metro HVAC',
    )
    expect(skippedNote({ added: 12, skipped: 0 })).toBeNull()
  })

  it('counts the skipped rows left in the paste, and still finishes', () => {
    const left = { ...nothingLeft, total: 3, repeated: 1, alreadyRegistered: 2 }
    const finished = finishedRun(outcomeOf(4), left)
    expect(finished).toEqual({ added: 4, skipped: 3 })
    expect(skippedNote({ added: 4, skipped: 3 })).toBe(
      '3 rows were skipped: repeats, or numbers already registered.',
    )
    expect(skippedNote({ added: 4, skipped: 1 })).toBe(
      '1 row was skipped: a repeat, or a number already registered.',
    )
    expect(finishedHeading({ added: 0, skipped: 3 }, 'Rivera Plumbing')).toBe(
      'No new numbers for Rivera Plumbing',
    )
  })

  it('is not finished while a row needs attention, is left to add, or the run stopped', () => {
    const attention = {
      row,
      field: null,
      message: 'x',
      unconfirmed: false,
      retryable: true,
    }
    expect(finishedRun(outcomeOf(3, { needsAttention: [attention] }), nothingLeft)).toBeNull()
    expect(
      finishedRun(
        outcomeOf(3, { stopped: { reason: 'aborted', message: 'Stopped.' } }),
        nothingLeft,
      ),
    ).toBeNull()
    expect(finishedRun(outcomeOf(3), { ...nothingLeft, total: 1, needsFixing: 1 })).toBeNull()
    expect(finishedRun(outcomeOf(3), { ...nothingLeft, total: 1, ready: 1 })).toBeNull()
  })
})
