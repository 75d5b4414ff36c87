import { describe, expect, it } from 'vitest'

import { UNKNOWN_TIME } from './parse-timestamp'
import { formatExactTime, formatRelativeTime } from './relative-time'

const now = new Date('2026-03-04T15:28:05Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

describe('formatRelativeTime', () => {
  it.each([
    ['the same instant', ago(0), 'just now'],
    ['59 seconds ago', ago(59 * SECOND), 'just now'],
    ['a few seconds in the future (clock skew)', ago(-5 * SECOND), 'just now'],
    ['one minute', ago(MINUTE), '1 minute ago'],
    ['5 minutes 59 seconds rounds down', ago(5 * MINUTE + 59 * SECOND), '5 minutes ago'],
    ['59 minutes', ago(59 * MINUTE), '59 minutes ago'],
    ['one hour', ago(HOUR), '1 hour ago'],
    ['23 hours', ago(23 * HOUR), '23 hours ago'],
    ['one day', ago(DAY), '1 day ago'],
    ['3 days', ago(3 * DAY), '3 days ago'],
    ['29 days', ago(29 * DAY), '29 days ago'],
    ['30 days', ago(30 * DAY), '1 month ago'],
    ['2 months', ago(61 * DAY), '2 months ago'],
    ['364 days', ago(364 * DAY), '11 months ago'],
    ['one year', ago(365 * DAY), '1 year ago'],
    ['3 years', ago(3 * 365 * DAY + DAY), '3 years ago'],
    ['in the future', ago(-2 * HOUR), 'in 2 hours'],
    ['API format without milliseconds', '2026-03-04T15:23:05Z', '5 minutes ago'],
    ['with an offset', '2026-03-04T10:23:05-05:00', '5 minutes ago'],
    ['with microseconds', '2026-03-01T15:28:04.123456Z', '3 days ago'],
    ['empty', '', UNKNOWN_TIME],
    ['null', null, UNKNOWN_TIME],
    ['undefined', undefined, UNKNOWN_TIME],
    ['garbage', 'yesterday-ish', UNKNOWN_TIME],
    ['loose date format', 'March 4, 2026', UNKNOWN_TIME],
    ['impossible date', '2026-02-30T00:00:00Z', UNKNOWN_TIME],
    ['impossible hour', '2026-03-04T24:00:00Z', UNKNOWN_TIME],
    ['no time zone', '2026-03-04T15:28:05', UNKNOWN_TIME],
    ["Go's zero time", '0001-01-01T00:00:00Z', UNKNOWN_TIME],
    ['very long', `2026-03-04T15:28:05.${'1'.repeat(10_000)}Z`, UNKNOWN_TIME],
  ])('%s', (_label, iso, expected) => {
    expect(formatRelativeTime(iso, now)).toBe(expected)
  })

  it('falls back when "now" is not a valid date', () => {
    expect(formatRelativeTime('2026-03-04T15:28:05Z', new Date(Number.NaN))).toBe(UNKNOWN_TIME)
  })
})

describe('formatExactTime', () => {
  it.each([
    ['2026-03-04T15:28:05Z', 'Mar 4, 2026, 3:28 PM UTC'],
    ['2023-11-03T15:28:05Z', 'Nov 3, 2023, 3:28 PM UTC'],
    ['2026-03-04T00:05:00Z', 'Mar 4, 2026, 12:05 AM UTC'],
    ['2026-03-04T10:28:05-05:00', 'Mar 4, 2026, 3:28 PM UTC'],
    ['2024-02-29T23:59:59.999Z', 'Feb 29, 2024, 11:59 PM UTC'],
    ['2025-02-29T12:00:00Z', UNKNOWN_TIME],
    ['not a date', UNKNOWN_TIME],
    ['', UNKNOWN_TIME],
    [null, UNKNOWN_TIME],
  ])('%j → %j', (iso, expected) => {
    expect(formatExactTime(iso)).toBe(expected)
  })
})
