import { describe, expect, it } from 'vitest'

import { historyEntry } from '@/testing/history-entry-factory'

import type { HistoryEntry } from './history-schemas'
import { describeChange, describeOutcome } from './describe-change'
import { historyChanges } from './history-changes'

const row = historyEntry

const outcome = (overrides: Partial<HistoryEntry> = {}) =>
  row({ phase: 'outcome', upstreamStatus: 200, result: 'done', ...overrides })

describe('a history line', () => {
  it('says who, for whom and what: a rename', () => {
    const [change] = historyChanges([outcome(), row({})])
    expect(change && describeChange(change)).toBe(
      'Sam Ortiz (support) for Rivera Plumbing renamed Office → Front desk',
    )
    expect(change && describeOutcome(change)).toBeNull()
  })

  it.each<[Partial<HistoryEntry>, string]>([
    [{ action: 'create', before: null }, 'added Front desk, (415) 555-0100'],
    [{ action: 'delete', after: null }, 'removed Office, (415) 555-0100'],
    [
      { after: { phoneNumber: '+14155550101', name: 'Office' } },
      'changed Office’s number (415) 555-0100 → (415) 555-0101',
    ],
    [{ before: null }, 'changed (415) 555-0100 to Front desk, (415) 555-0100'],
    [
      {
        action: 'bulk-create',
        before: null,
        after: { phoneNumbers: [{ phoneNumber: '+14155550100', name: 'a' }] },
      },
      'bulk added 1 number',
    ],
  ])('%j', (overrides, text) => {
    const [change] = historyChanges([row(overrides)])
    expect(change && describeChange(change)).toBe(`Sam Ortiz (support) for Rivera Plumbing ${text}`)
  })

  it('joins a pair by request ID and keeps events apart', () => {
    const changes = historyChanges([
      row({ id: 'e1', phase: 'event', action: 'sign-in', requestID: 'x', result: 'done' }),
      row({ id: 'e2', phase: 'event', action: 'sign-in', requestID: 'x', result: 'done' }),
      outcome({ requestID: 'r2' }),
      row({ requestID: 'r2' }),
    ])
    expect(changes.map((c) => c.asked.action)).toEqual(['sign-in', 'sign-in', 'update'])
    expect(changes[2]?.outcome?.phase).toBe('outcome')
  })

  it('says plainly when the answer was lost or Thumbtack refused', () => {
    const lost = historyChanges([row({})])[0]
    expect(lost && describeOutcome(lost)).toMatch(/may or may not have been saved/)
    const unknown = historyChanges([
      outcome({ result: 'unknown', detail: null, upstreamStatus: 503 }),
    ])[0]
    expect(unknown && describeOutcome(unknown)).toBe(
      'The answer was lost (503): it may or may not have been saved.',
    )
    const refused = historyChanges([outcome({ result: 'refused', upstreamStatus: 409 })])[0]
    expect(refused && describeOutcome(refused)).toBe('Thumbtack refused it (409): nothing changed.')
  })
})
