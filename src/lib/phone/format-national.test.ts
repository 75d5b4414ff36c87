import { describe, expect, it } from 'vitest'

import { digitsOf, formatNational } from './format-national'

describe('formatNational', () => {
  it.each([
    ['+14155552671', '(415) 555-2671'],
    ['+14165550199', '(416) 555-0199'],
    ['+18765551234', '(876) 555-1234'],
    // Not a number this app can register: shown as stored rather than loading libphonenumber.
    ['+442079460958', '+442079460958'],
    ['4155552671', '4155552671'],
    ['+1415555267', '+1415555267'],
    ['not a number', 'not a number'],
    ['+', '+'],
    ['', ''],
    [`+${'9'.repeat(10_000)}`, `+${'9'.repeat(10_000)}`],
  ])('%j → %j', (e164, expected) => {
    expect(formatNational(e164)).toBe(expected)
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
