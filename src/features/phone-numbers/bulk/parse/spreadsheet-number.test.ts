import { spreadsheetNumber } from './spreadsheet-number'

describe('spreadsheetNumber', () => {
  it.each([
    ['4155552671', '4155552671'],
    ['14155552671', '14155552671'],
    // Excel and other writers store large numbers in scientific form.
    ['1.4155552671E10', '14155552671'],
    ['4.155552671e9', '4155552671'],
    ['4.15555267100E+09', '4155552671'],
    ['4155552671.0', '4155552671'],
    // Past 2^53 a JavaScript number would round: the digits come from the stored text.
    ['987654321098765', '987654321098765'],
    ['0', '0'],
  ])('reads %s as exactly %s', (stored, text) => {
    expect(spreadsheetNumber(stored)).toEqual({ ok: true, text })
  })

  it.each([
    ['45.5', '45.5'],
    ['-3', '-3'],
    ['4.5E-3', '0.0045'],
    ['12.5E2', '1250'],
  ])(
    'writes a short number (%s) out as %s: too few digits to be a phone number',
    (stored, text) => {
      expect(spreadsheetNumber(stored)).toEqual({ ok: true, text })
    },
  )

  it.each([
    ['1415555267.1', 'holds 1415555267.1, not a whole number'],
    ['4155552671.0000002', 'holds 4155552671.0000002, not a whole number'],
    // 1.2345678 reads as 12345678 once the point is taken out: never a candidate.
    ['1.2345678', 'holds 1.2345678, not a whole number'],
    ['-4155552671', 'holds -4155552671, a negative number'],
    ['1.41555526710001E16', 'holds a 17-digit number, longer than a spreadsheet keeps exactly'],
    ['4155552671x', 'holds “4155552671x”, which is not a number'],
    ['', 'holds “”, which is not a number'],
    ['1E999999999', 'holds 1E999999999, too large or small to be a phone number'],
  ])('refuses %s: %s', (stored, reason) => {
    expect(spreadsheetNumber(stored)).toEqual({ ok: false, reason })
  })
})
