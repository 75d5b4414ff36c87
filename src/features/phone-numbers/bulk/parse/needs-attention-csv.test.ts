import { checkRows } from './check-rows'
import { attentionRowsOf, needsAttentionCsv, reasonFor } from './needs-attention-csv'
import { parsePaste } from './parse-paste'

describe('needsAttentionCsv', () => {
  it('writes line, what was read, number, name and reason, formula-safe', () => {
    const csv = needsAttentionCsv([
      {
        line: 3,
        raw: '=HYPERLINK("http://x"), 555',
        numberText: '555',
        nameText: '=HYPERLINK("http://x")',
        reason: 'Too short.',
      },
      { line: 7, raw: '+1 415, Bob', numberText: '+1 415', nameText: '@Bob', reason: '-' },
    ])
    expect(csv).toBe(
      '\uFEFFLine,What was read,Phone number,Name,Reason\r\n' +
        `3,"'=HYPERLINK(""http://x""), 555",555,"'=HYPERLINK(""http://x"")",Too short.\r\n` +
        `7,"'+1 415, Bob",'+1 415,'@Bob,'-\r\n`,
    )
  })

  it('lists the preview’s rows that need fixing, with every reason', () => {
    const rows = checkRows(
      parsePaste('555, Jane\n4155552671\n4155552671\n+44 20 7946 0958, Ldn').rows,
      {
        registered: new Set(),
      },
    )
    expect(attentionRowsOf(rows)).toEqual([
      {
        line: 1,
        raw: '555, Jane',
        numberText: '555',
        nameText: 'Jane',
        reason: 'This number is too short. Enter all 10 digits, area code first.',
      },
      {
        line: 4,
        raw: '+44 20 7946 0958, Ldn',
        numberText: '+44 20 7946 0958',
        nameText: 'Ldn',
        reason: 'Only US numbers can be registered.',
      },
    ])
    expect(rows[2] && reasonFor(rows[2])).toBe('Repeats line 2.')
  })

  it('can be pasted back: its header names the number and name columns', () => {
    const csv = needsAttentionCsv([
      { line: 1, raw: 'x', numberText: '+14155552671', nameText: 'Jane', reason: 'Refused.' },
    ])
    const { rows } = parsePaste(csv)
    expect(rows.map(({ numberText, nameText }) => [numberText, nameText])).toEqual([
      ['+14155552671', 'Jane'],
    ])
  })
})
