import { describe, expect, it } from 'vitest'

import { writeCallOf } from './write-call'
import { outcomeOf } from './write-outcome'

const body = (json: unknown) => new TextEncoder().encode(JSON.stringify(json)).buffer
const rename = writeCallOf(
  'update',
  'v4/businesses/1/associate-phone-numbers/77',
  body({ phoneNumber: '+14155550100', name: 'Front desk' }),
)
const answered = (status: number, text = '', traceHeader: string | null = null) =>
  ({ kind: 'answered', status, body: text, traceHeader }) as const

describe('how a write ended, from Thumbtack’s answer', () => {
  it('reads the write from the path and the body', () => {
    expect(rename).toEqual({
      action: 'update',
      businessID: '1',
      phoneNumberID: '77',
      requested: { phoneNumber: '+14155550100', name: 'Front desk' },
      phoneNumber: '+14155550100',
    })
    expect(
      writeCallOf('list', 'v4/businesses/1/associate-phone-numbers', undefined),
    ).toBeUndefined()
  })

  it.each([
    [200, '', 'done'],
    [201, '', 'done'],
    [202, '', 'refused'],
    [409, '', 'refused'],
    [451, '', 'refused'],
    [502, '{"error":"proxy_oauth_failed"}', 'refused'],
    [302, '', 'unknown'],
    [502, '', 'unknown'],
    [503, '', 'unknown'],
  ])('%i %s → %s', (status, text, result) => {
    if (!rename) throw new Error('no write')
    expect(outcomeOf(rename, answered(status, text), null).result).toBe(result)
  })

  it('an answer that never came is unknown, with no status', () => {
    if (!rename) throw new Error('no write')
    const lost = outcomeOf(rename, { kind: 'unreachable', reason: 'timed out' }, null)
    expect(lost).toMatchObject({ result: 'unknown', upstreamStatus: null, after: null })
    expect(lost.detail).toContain('(timed out)')
  })

  it('takes the traceID from the Problem, else from X-Trace-ID', () => {
    if (!rename) throw new Error('no write')
    const problem = JSON.stringify({ status: 400, traceID: 'feca66787a0a9ee8' })
    expect(outcomeOf(rename, answered(400, problem, 'other'), null).traceID).toBe(
      'feca66787a0a9ee8',
    )
    expect(outcomeOf(rename, answered(500, 'oops', '0123456789abcdef'), null).traceID).toBe(
      '0123456789abcdef',
    )
  })
})
