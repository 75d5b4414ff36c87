import { describe, expect, it } from 'vitest'

import { parsePhoneInput, type PhoneParseResult } from './parse-phone-input'
import { PHONE_PROBLEM_MESSAGES, type PhoneProblem } from './phone-problem'

const SF = '+14155552671'

// Expected: an E.164 string when the input must be accepted, otherwise the reason.
const table: [label: string, input: string, expected: `+${string}` | PhoneProblem][] = [
  ['bare digits', '4155552671', SF],
  ['dashes', '415-555-2671', SF],
  ['parentheses', '(415) 555-2671', SF],
  ['parentheses, no space', '(415)555-2671', SF],
  ['dots', '415.555.2671', SF],
  ['spaces', '415 555 2671', SF],
  ['slash', '415/555-2671', SF],
  ['+1 with spaces', '+1 415 555 2671', SF],
  ['+1 with dashes', '+1-415-555-2671', SF],
  ['+1 (415)', '+1 (415) 555-2671', SF],
  ['leading 1', '1 (415) 555-2671', SF],
  ['leading 1, dashes', '1-415-555-2671', SF],
  ['leading 1, bare', '14155552671', SF],
  ['E.164', SF, SF],
  ['00 international prefix', '001 415 555 2671', SF],
  ['011 international prefix', '011 1 415 555 2671', SF],
  ['surrounding spaces', '   415-555-2671  ', SF],
  ['tabs and newline', '\t415 555 2671\n', SF],
  ['non-breaking spaces', '415\u00a0555\u00a02671', SF],
  ['narrow no-break space', '+1\u202f415\u202f555\u202f2671', SF],
  ['full-width digits', '４１５５５５２６７１', SF],
  ['full-width plus and parentheses', '＋１（４１５）５５５－２６７１', SF],
  ['zero-width space', '415\u200b555\u200b2671', SF],
  ['zero-width joiner', '415\u200d5552671', SF],
  ['byte order mark', '\ufeff4155552671', SF],
  ['soft hyphen', '415\u00ad555\u00ad2671', SF],
  ['right-to-left marks', '\u200f+1 415 555 2671\u200f', SF],
  ['bidi isolate', '\u2068(415) 555-2671\u2069', SF],
  ['en dashes', '415–555–2671', SF],
  ['non-breaking hyphens', '415\u2011555\u20112671', SF],
  ['minus signs', '415\u2212555\u22122671', SF],
  ['Arabic-Indic digits', '٤١٥٥٥٥٢٦٧١', SF],
  ['tel: URI', 'tel:+1-415-555-2671', SF],
  ['TEL: URI, upper case', 'TEL:+14155552671', SF],
  ['555-01XX fictional range', '(212) 555-0100', '+12125550100'],
  ['toll free', '1-800-555-1212', '+18005551212'],
  ['Canadian +1 number', '+1 416 555 0199', '+14165550199'],
  ['Puerto Rico', '(787) 555-1234', '+17875551234'],
  ['Bahamas (rejected by "max" metadata)', '+1 242 555 1234', '+12425551234'],
  ['empty', '', 'empty'],
  ['only spaces', '    ', 'empty'],
  ['only invisible characters', '\u200b\u200f\ufeff', 'empty'],
  ['a lone plus', '+', 'too-short'],
  ['seven digits', '555-2671', 'too-short'],
  ['nine digits', '415 555 267', 'too-short'],
  ['+1 and eight digits', '+1 415 555 26', 'too-short'],
  ['twelve digits', '415 555 2671 12', 'too-long'],
  ['+1 and eleven digits', '+1 415 555 26712', 'too-long'],
  ['10,000 digits', '9'.repeat(10_000), 'too-long'],
  ['10,000 spaces', ' '.repeat(10_000), 'too-long'],
  ['10,000 mixed characters', '(+1)-'.repeat(2_000), 'too-long'],
  ['documentation example +1234567890', '+1234567890', 'invalid'],
  ['documentation example +0987654321', '+0987654321', 'invalid'],
  ['area code starting with 1', '(123) 456-7890', 'invalid'],
  ['area code starting with 0', '(023) 456-7890', 'invalid'],
  ['exchange starting with 1', '(415) 155-2671', 'invalid'],
  ['exchange starting with 0', '+1 415 055 2671', 'invalid'],
  ['N11 area code', '(911) 555-1234', 'invalid'],
  ['unassigned area code', '(370) 555-2671', 'invalid'],
  ['11 digits not starting with 1', '24155552671', 'invalid'],
  ['+ in the middle', '415+555+2671', 'invalid'],
  ['double plus', '++14155552671', 'invalid'],
  ['US number missing its +1', '+4155552671', 'invalid'],
  ['NUL byte', '415\u00005552671', 'invalid'],
  ['emoji', '📞 415 555 2671', 'invalid'],
  ['asterisk', '*67 415 555 2671', 'invalid'],
  ['UK number', '+44 20 7946 0958', 'not-us'],
  ['French number', '+33 1 23 45 67 89', 'not-us'],
  ['UK number with 011', '011 44 20 7946 0958', 'not-us'],
  ['UK number with 00', '0044 20 7946 0958', 'not-us'],
  ['Australian mobile', '+61 412 345 678', 'not-us'],
  ['x extension', '415-555-2671 x12', 'has-extension'],
  ['x extension, no space', '4155552671x12', 'has-extension'],
  ['ext. extension', '415-555-2671 ext. 5', 'has-extension'],
  ['Ext: extension', '(415) 555-2671, Ext: 5', 'has-extension'],
  ['extension spelled out', '+1 415 555 2671 extension 123', 'has-extension'],
  ['hash extension', '415-555-2671 #12', 'has-extension'],
  ['capital X extension', '415-555-2671 X12', 'has-extension'],
  ['capitals EXTN extension', '415-555-2671 EXTN. 12', 'has-extension'],
  ['tel: URI extension', 'tel:+1-415-555-2671;ext=12', 'has-extension'],
  ['vanity number', '1-800-FLOWERS', 'has-letters'],
  ['vanity number, lower case', '1-800-flowers', 'has-letters'],
  ['words', 'call me', 'has-letters'],
  ['markup', '<b>415</b>', 'has-letters'],
  ['script tag', '<script>alert(1)</script>', 'has-letters'],
  ['letter O for zero', '415-555-267O', 'has-letters'],
]

function outcome(result: PhoneParseResult): string {
  return result.ok ? result.e164 : result.reason
}

describe('parsePhoneInput', () => {
  it.each(table)('%s: %j → %s', (_label, input, expected) => {
    expect(outcome(parsePhoneInput(input))).toBe(expected)
  })

  it('formats the national form of accepted numbers', () => {
    expect(parsePhoneInput('+1 415 555 2671')).toEqual({
      ok: true,
      e164: SF,
      national: '(415) 555-2671',
    })
  })

  it.each([
    ['', PHONE_PROBLEM_MESSAGES.empty],
    ['+44 20 7946 0958', 'Only US numbers can be registered.'],
    ['415-555-2671 x12', 'Extensions are not supported.'],
    ['1-800-FLOWERS', "Letters aren't allowed. Type the digits instead: (800) 356-9377."],
    ['+1234567890', "This isn't a valid phone number: +1 must be followed by 10 digits."],
    ['+0987654321', "This isn't a valid phone number: no country code starts with 0."],
    ['+4155552671', "This isn't a valid phone number. Did you mean +1 (415) 555-2671?"],
    ['(123) 456-7890', "This isn't a valid phone number: area codes can't start with 0 or 1."],
    ['(370) 555-2671', "This isn't a valid phone number: area code 370 isn't in use."],
  ])('explains %j as %j', (input, message) => {
    const result = parsePhoneInput(input)
    expect(result.ok ? undefined : result.message).toBe(message)
  })

  it.each([
    ['020 7946 0958', 'GB', 'not-us'],
    ['0014155552671', 'GB', SF],
    ['416 555 0199', 'CA', '+14165550199'],
  ] as const)('reads %j with default country %s as %s', (input, country, expected) => {
    expect(outcome(parsePhoneInput(input, country))).toBe(expected)
  })

  it('answers a hostile 10,000-character paste with "too long"', () => {
    expect(outcome(parsePhoneInput(`${'(415'.repeat(2_500)}x`))).toBe('too-long')
  })
})
