import { describe, expect, it } from 'vitest'

import { digitsOf, formatNational } from './format-national'

describe('formatNational', () => {
  it.each([
    ['+14155552671', '(415) 555-2671'],
    ['+14165550199', '(416) 555-0199'],
    ['+18765551234', '(876) 555-1234'],
    ['+442079460958', '+44 20 7946 0958'],
    ['4155552671', '4155552671'],
    ['+1415555267', '+1 415555267'],
    ['not a number', 'not a number'],
    ['+', '+'],
    ['', ''],
    [`+${'9'.repeat(10_000)}`, `+${'9'.repeat(10_000)}`],
  ])('%j → %j', (e164, expected) => {
    expect(formatNational(e164)).toBe(expected)
  })

  it('formats 10,000 rows quickly', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `+1415${String(2_000_000 + i)}`)
    const started = performance.now()
    const formatted = rows.map(formatNational)
    expect(performance.now() - started).toBeLessThan(100)
    expect(formatted[0]).toBe('(415) 200-0000')
  })
})

describe('digitsOf', () => {
  it.each([
    ['(415) 555-2671', '4155552671'],
    ['+1 415 555 2671', '14155552671'],
    ['４１５', '415'],
    ['٤١٥', '415'],
    ['415\u200b555', '415555'],
    ['no digits', ''],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(digitsOf(text)).toBe(expected)
  })
})
