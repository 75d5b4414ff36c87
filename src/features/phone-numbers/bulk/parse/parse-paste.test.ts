import { checkRows } from './check-rows'
import { type CheckedRow } from './checked-row'
import { parsePaste, type ParsePasteOptions } from './parse-paste'

const REGISTERED = new Set(['+14155550000'])

/**
 * Each row as one readable line: `line: E.164 | name | status`. A defaulted name ends in " *";
 * an invalid number shows "-" and the reasons in the status.
 */
function describeRow(row: CheckedRow): string {
  const name = `${row.name}${row.nameDefaulted ? ' *' : ''}`
  const status =
    row.status === 'needs-fixing'
      ? `fix ${row.problems.map((problem) => problem.reason).join('+')}`
      : row.status === 'repeated'
        ? `repeats ${row.repeatsLine}`
        : row.status === 'already-registered'
          ? 'registered'
          : 'ready'
  return `${row.line}: ${row.e164 ?? '-'} | ${name} | ${status}`
}

function preview(text: string, options?: ParsePasteOptions): string[] {
  return checkRows(parsePaste(text, options).rows, { registered: REGISTERED }).map(describeRow)
}

const SF = '+14155552671'
const SF2 = '+14155552672'
const SF3 = '+14155552673'
const CONTROL = 'fix name'

const table: [label: string, pasted: string, expected: string[], options?: ParsePasteOptions][] = [
  // Shapes of a line
  ['name, number', 'Jane Smith, 415-555-2671', [`1: ${SF} | Jane Smith | ready`]],
  ['number, name', '415-555-2671, Jane Smith', [`1: ${SF} | Jane Smith | ready`]],
  [
    'a number alone gets its formatted self as name',
    '415-555-2671',
    [`1: ${SF} | (415) 555-2671 * | ready`],
  ],
  ['name then number, no delimiter', 'Jane Smith 415-555-2671', [`1: ${SF} | Jane Smith | ready`]],
  ['number - name, no delimiter', '415.555.2671 - Van 3', [`1: ${SF} | Van 3 | ready`]],
  ['number – name with an en dash', '415.555.2671 – Van 3', [`1: ${SF} | Van 3 | ready`]],
  ['name: number', 'Jane Smith: 415-555-2671', [`1: ${SF} | Jane Smith | ready`]],
  ['number (name)', '415-555-2671 (Jane)', [`1: ${SF} | Jane | ready`]],
  ['name [number]', 'Jane [415-555-2671]', [`1: ${SF} | Jane | ready`]],
  ['a name ending in digits', 'Tech 12 (415) 555-2671', [`1: ${SF} | Tech 12 | ready`]],
  [
    'a name ending in 1, before a 10-digit number',
    'Van 1 415-555-2671',
    [`1: ${SF} | Van 1 | ready`],
  ],
  ['1 as the country prefix, name after', '1 415 555 2671 Jane', [`1: ${SF} | Jane | ready`]],
  [
    '+1 inside text',
    'Call Jane on +1 (415) 555-2671 today',
    [`1: ${SF} | Call Jane on today | ready`],
  ],
  ['a tel: link and a name', 'tel:+14155552671 Jane', [`1: ${SF} | Jane | ready`]],
  ['full-width digits in text', 'Zoë ４１５５５５２６７１', [`1: ${SF} | Zoë | ready`]],
  [
    'three cells, no header',
    'Jane Smith, Plumber, 415-555-2671',
    [`1: ${SF} | Jane Smith | ready`],
  ],
  ['a name with digits in its own cell', 'Van 3, 415-555-2671', [`1: ${SF} | Van 3 | ready`]],
  [
    'a comma inside unquoted free text',
    'Smith, Jane 415-555-2671',
    [`1: ${SF} | Smith, Jane | ready`],
  ],
  [
    'the number among words in a cell',
    'Jane, call 415-555-2671',
    [`1: ${SF} | Jane, call | ready`],
  ],
  [
    'every shape mixed in one paste',
    'Jane Smith, 415-555-2671\n415-555-2672, Bob\n4155552673\nAna Ruiz 415 555 2674\n415.555.2675 - Van 3',
    [
      `1: ${SF} | Jane Smith | ready`,
      `2: ${SF2} | Bob | ready`,
      `3: ${SF3} | (415) 555-2673 * | ready`,
      '4: +14155552674 | Ana Ruiz | ready',
      '5: +14155552675 | Van 3 | ready',
    ],
  ],
  [
    'a spreadsheet column of numbers',
    '(415) 555-2671\n(415) 555-2672\n(415) 555-2673',
    [
      `1: ${SF} | (415) 555-2671 * | ready`,
      `2: ${SF2} | (415) 555-2672 * | ready`,
      `3: ${SF3} | (415) 555-2673 * | ready`,
    ],
  ],
  // Headers
  ['header Name,Phone', 'Name,Phone\nJane,415-555-2671', [`2: ${SF} | Jane | ready`]],
  [
    'header Phone Number / Name, tabs',
    'Phone Number\tName\n4155552671\tJane',
    [`2: ${SF} | Jane | ready`],
  ],
  [
    'header Technician;Mobile #',
    'Technician;Mobile #\nJane;415 555 2671',
    [`2: ${SF} | Jane | ready`],
  ],
  [
    'our own export: the E.164 column is the number, "E.164" is not read as data',
    'Name,Phone number (E.164),Phone number,Last activity,Added,Status\nJane,+14155552671,(415) 555-2671,,2026-01-01T10:00:00Z,Active',
    [`2: ${SF} | Jane | ready`],
  ],
  [
    'a header naming E.164 after a national column',
    'Name,Phone,E.164\nJane,(212) 555-0100,+14155552671',
    [`2: ${SF} | Jane | ready`],
  ],
  ['header Employee|Cell', 'Employee|Cell\nJane|415.555.2671', [`2: ${SF} | Jane | ready`]],
  ['header Contact, Tel.', 'Contact, Tel.\nJane, 4155552671', [`2: ${SF} | Jane | ready`]],
  [
    'header phoneNumber,label',
    'phoneNumber,label\n+14155552671,Front desk',
    [`2: ${SF} | Front desk | ready`],
  ],
  [
    'header PHONE, one column',
    'PHONE\n4155552671\n4155552672',
    [`2: ${SF} | (415) 555-2671 * | ready`, `3: ${SF2} | (415) 555-2672 * | ready`],
  ],
  [
    'header with three columns',
    'Name,Role,Mobile\nJane,Plumber,4155552671',
    [`2: ${SF} | Jane | ready`],
  ],
  [
    'header with an unnamed second column',
    'Phone,Who\n4155552671,Jane',
    [`2: ${SF} | Jane | ready`],
  ],
  [
    'header columns are used as given',
    'Name,Phone\n4155552671,Jane',
    ['2: - | 4155552671 | fix has-letters'],
  ],
  ['a first line with a number is data', 'Phone, 415-555-2671', [`1: ${SF} | Phone | ready`]],
  [
    'header: false reads the first line as data',
    'Name,Phone\nJane,4155552671',
    ['1: - | Name, Phone | fix empty', `2: ${SF} | Jane | ready`],
    { header: false },
  ],
  ['only a header', 'Name,Phone', []],
  // Columns chosen by the user
  [
    'columns swapped by the user',
    'Jane,4155552671',
    ['1: - | 4155552671 | fix has-letters'],
    { columns: { number: 0, name: 1 } },
  ],
  [
    'columns as the user set them',
    'Jane,4155552671',
    [`1: ${SF} | Jane | ready`],
    { columns: { number: 1, name: 0 } },
  ],
  [
    'the user swaps a header’s columns',
    'Phone,Name\nJane,4155552671',
    [`2: ${SF} | Jane | ready`],
    { columns: { number: 1, name: 0 } },
  ],
  [
    'no name column',
    'Jane,4155552671',
    [`1: ${SF} | (415) 555-2671 * | ready`],
    { columns: { number: 1, name: null } },
  ],
  // Quoting, line ends, delimiters
  ['a quoted name with a comma', '"Smith, Jane",415-555-2671', [`1: ${SF} | Smith, Jane | ready`]],
  [
    'a quoted name with a line break',
    '"Jane\nSmith",415-555-2671\n415-555-2672,Bob',
    [`1: ${SF} | Jane Smith | ready`, `3: ${SF2} | Bob | ready`],
  ],
  ['escaped quotes', '"Jane ""JJ"" Smith",4155552671', [`1: ${SF} | Jane "JJ" Smith | ready`]],
  ['quoted number and name', '"415-555-2671","Jane"', [`1: ${SF} | Jane | ready`]],
  ['a byte order mark', '\uFEFFName,Phone\nJane,4155552671', [`2: ${SF} | Jane | ready`]],
  [
    'CRLF line ends',
    'Jane,4155552671\r\nBob,4155552672\r\n',
    [`1: ${SF} | Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'CR line ends',
    'Jane,4155552671\rBob,4155552672',
    [`1: ${SF} | Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'semicolons',
    'Jane;415 555 2671\nBob;415 555 2672',
    [`1: ${SF} | Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'pipes',
    'Jane|415-555-2671\nBob|415-555-2672',
    [`1: ${SF} | Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'a spreadsheet copy (tabs)',
    'Jane Smith\t(415) 555-2671\nBob\t(415) 555-2672',
    [`1: ${SF} | Jane Smith | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'tabs, with commas in the names',
    'Smith, Jane\t4155552671\nDoe, John\t4155552672',
    [`1: ${SF} | Smith, Jane | ready`, `2: ${SF2} | Doe, John | ready`],
  ],
  [
    'a tab line among comma lines',
    'Jane, 4155552671\nBob\t4155552672',
    [`1: ${SF} | Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'blank and whitespace lines are skipped, lines kept',
    '\n\n4155552671, Jane\n   \n\t\n4155552672, Bob\n\n',
    [`3: ${SF} | Jane | ready`, `6: ${SF2} | Bob | ready`],
  ],
  ['an empty paste', '', []],
  ['only whitespace', '  \n\t\n \u200b \n', []],
  ['stray quotes around a name', '"Jane" 415-555-2671', [`1: ${SF} | Jane | ready`]],
  [
    'an unclosed quote does not swallow the lines after it',
    '"Jane, 415-555-2671\n415-555-2672, Bob',
    [`1: ${SF} | "Jane | ready`, `2: ${SF2} | Bob | ready`],
  ],
  [
    'our own CSV, pasted back',
    "Line,What was read,Phone number,Name,Reason\r\n3,x,'+14155552671,Jane,Too short\r\n",
    [`2: ${SF} | Jane | ready`],
  ],
  // Repeats and registered numbers
  [
    'a number repeated in another format',
    'Jane 415.555.2671\n+1 (415) 555-2671, Bob',
    [`1: ${SF} | Jane | ready`, `2: ${SF} | Bob | repeats 1`],
  ],
  [
    'repeats name the first line, not the previous one',
    '4155552671\n4155552672\n4155552671\n(415) 555-2671',
    [
      `1: ${SF} | (415) 555-2671 * | ready`,
      `2: ${SF2} | (415) 555-2672 * | ready`,
      `3: ${SF} | (415) 555-2671 * | repeats 1`,
      `4: ${SF} | (415) 555-2671 * | repeats 1`,
    ],
  ],
  [
    'a repeat of a row with a bad name',
    `Ja\u0000ne, ${SF}\nBob, 415-555-2671`,
    [`1: ${SF} | Ja\u0000ne | ${CONTROL}`, `2: ${SF} | Bob | repeats 1`],
  ],
  ['already registered', '+1 415 555 0000, Office', ['1: +14155550000 | Office | registered']],
  [
    'already registered, twice',
    '415-555-0000\n(415) 555-0000, Desk',
    ['1: +14155550000 | (415) 555-0000 * | registered', '2: +14155550000 | Desk | registered'],
  ],
  // Numbers that need fixing, one per reason
  ['too short', '555-2671, Jane', ['1: - | Jane | fix too-short']],
  ['too short, in text', 'Jane Smith 415 555 267', ['1: - | Jane Smith | fix too-short']],
  ['too long', '415 555 2671 12, Jane', ['1: - | Jane | fix too-long']],
  ['invalid area code', '(123) 456-7890, Jane', ['1: - | Jane | fix invalid']],
  ['the documentation’s example', '+1234567890, Doc example', ['1: - | Doc example | fix invalid']],
  ['not a US number', '+44 20 7946 0958, London office', ['1: - | London office | fix not-us']],
  ['an extension', '415-555-2671 x12, Jane', ['1: - | Jane | fix has-extension']],
  ['an extension, in text', 'Jane 415-555-2671 ext. 5', ['1: - | Jane | fix has-extension']],
  ['a vanity number', '1-800-FLOWERS, Flower shop', ['1: - | Flower shop | fix has-letters']],
  ['no number, only a name', 'Jane Smith', ['1: - | Jane Smith | fix empty']],
  ['an empty number cell', 'Jane, ', ['1: - | Jane | fix empty']],
  ['an empty name cell', ', 4155552671', [`1: ${SF} | (415) 555-2671 * | ready`]],
  [
    'a bad number and a bad name',
    `555, ${'a'.repeat(101)}`,
    [`1: - | ${'a'.repeat(101)} | fix too-short+name`],
  ],
  // Hostile input
  [
    'markup in the name stays text',
    '<b>Jane</b>, 415-555-2671',
    [`1: ${SF} | <b>Jane</b> | ready`],
  ],
  [
    'a script tag instead of a number',
    '<script>alert(1)</script>',
    ['1: - | <script>alert(1)</script> | fix empty'],
  ],
  [
    'a formula as the name',
    '=HYPERLINK("http://x.test"), 4155552671',
    [`1: ${SF} | =HYPERLINK("http://x.test") | ready`],
  ],
  ['a formula as the number', '=1+2, Jane', ['1: - | Jane | fix invalid']],
  ['emoji in the name', 'Jane 😀, 415-555-2671', [`1: ${SF} | Jane 😀 | ready`]],
  ['an emoji before the number', '📞 415 555 2671', ['1: - |  * | fix invalid']],
  ['NUL in the name', 'Ja\u0000ne, 4155552671', [`1: ${SF} | Ja\u0000ne | ${CONTROL}`]],
  ['NUL in the number', '415\u00005552671, Jane', ['1: - | Jane | fix invalid']],
  [
    'right-to-left marks around both',
    '\u200fJane\u200f, \u200f+1 415 555 2671\u200f',
    [`1: ${SF} | Jane | ready`],
  ],
  [
    'a 10,000-character name',
    `${'a'.repeat(10_000)}, 4155552671`,
    [`1: ${SF} | ${'a'.repeat(10_000)} | fix name`],
  ],
  ['10,000 digits', '9'.repeat(10_000), ['1: - |  * | fix too-long']],
  [
    '10,000 characters of digits and spaces with a word',
    `x ${'1 '.repeat(5_000)}`,
    ['1: - | x | fix too-long'],
  ],
]

describe('parsePaste + checkRows: pasted shapes', () => {
  it('covers at least 60 shapes', () => {
    expect(table.length).toBeGreaterThanOrEqual(60)
  })

  it.each(table)('%s', (_label, pasted, expected, options) => {
    expect(preview(pasted, options)).toEqual(expected)
  })
})

describe('parsePaste: what it tells the preview', () => {
  it.each([
    ['commas', 'Jane, 4155552671\nBob, 4155552672', ','],
    ['tabs', 'Jane\t4155552671\nBob\t4155552672', '\t'],
    ['semicolons', 'Jane;4155552671\nBob;4155552672', ';'],
    ['pipes', 'Jane|4155552671\nBob|4155552672', '|'],
    ['tabs when names hold commas', 'Smith, Jane\t4155552671\nDoe, J\t4155552672', '\t'],
    [
      'the delimiter most lines use, when lines differ',
      'Jane;4155552671\n4155552672\nBob;4155552673',
      ';',
    ],
    ['a comma when there is none', '4155552671\n4155552672', ','],
  ])('detects %s', (_label, text, delimiter) => {
    expect(parsePaste(text).delimiter).toBe(delimiter)
  })

  it('returns the header and the columns it named', () => {
    expect(parsePaste('Technician\tMobile\nJane\t4155552671')).toMatchObject({
      header: ['Technician', 'Mobile'],
      columns: { number: 1, name: 0 },
      columnCount: 2,
    })
  })

  it('skips the title line of our own export, and knows its header below it', () => {
    const exported =
      '\uFEFF"# Numbers Console export of Rivera Plumbing: 2 selected numbers, 2026-12-01"\r\n' +
      'Name,Phone number (E.164),Phone number,Last activity,Added,Status\r\n' +
      '# 1 tech,+14155552671,(415) 555-2671,,,Active\r\n'
    const paste = parsePaste(exported)
    expect(paste.header?.[1]).toBe('Phone number (E.164)')
    expect(paste.rows.map(({ line, nameText }) => ({ line, nameText }))).toEqual([
      { line: 3, nameText: '# 1 tech' },
    ])
  })

  it('reports the usual column order when each line was read on its own', () => {
    const paste = parsePaste('Jane, 4155552671\nBob, 4155552672\n4155552673, Ana')
    expect(paste).toMatchObject({ header: null, columns: { number: 1, name: 0 }, columnCount: 2 })
  })

  it('keeps what was read, across the lines of a quoted line break', () => {
    const { rows } = parsePaste('"Jane\r\nSmith",4155552671\r\n\r\nBob,4155552672')
    expect(rows.map(({ line, raw }) => ({ line, raw }))).toEqual([
      { line: 1, raw: '"Jane\nSmith",4155552671' },
      { line: 4, raw: 'Bob,4155552672' },
    ])
  })

  it('reads 10,000 lines with the right line numbers', () => {
    const text = Array.from(
      { length: 10_000 },
      (_, i) => `Tech ${i}, 415 ${200 + (i % 700)} ${1000 + i}`,
    )
    const { rows } = parsePaste(text.join('\n'))
    expect(rows).toHaveLength(10_000)
    expect(rows[9_999]).toMatchObject({ line: 10_000, nameText: 'Tech 9999' })
  })
})
