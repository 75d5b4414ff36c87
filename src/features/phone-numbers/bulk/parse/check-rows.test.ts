import { parsePhoneInput } from '@/lib/phone/parse-phone-input'

import { checkRows } from './check-rows'
import { type CheckedRow, type RowProblem } from './checked-row'
import { parsePaste } from './parse-paste'
import { recheckRow, removeRow, retryRows, updateRow } from './row-edits'
import { readyRows, summarize } from './summarize-rows'

vi.mock(import('@/lib/phone/parse-phone-input'), async (importOriginal) => {
  const original = await importOriginal()
  return { ...original, parsePhoneInput: vi.fn(original.parsePhoneInput) }
})

const context = { registered: new Set(['+14155550000']) }

function rowsOf(text: string): CheckedRow[] {
  return checkRows(parsePaste(text).rows, context)
}

const statuses = (rows: readonly CheckedRow[]) => rows.map((row) => [row.line, row.status])

describe('checkRows', () => {
  it('gives each row its E.164 and national forms, and its name', () => {
    const [row] = rowsOf('Front desk, 415 555 2671')
    expect(row).toMatchObject({
      status: 'ready',
      e164: '+14155552671',
      national: '(415) 555-2671',
      name: 'Front desk',
      nameDefaulted: false,
      numberText: '415 555 2671',
      raw: 'Front desk, 415 555 2671',
    })
  })

  it('names a row without a name after its number, and says so', () => {
    expect(rowsOf('4155552671')[0]).toMatchObject({ name: '(415) 555-2671', nameDefaulted: true })
  })

  it('explains a number as the add form does', () => {
    const [row] = rowsOf('+1234567890, Doc')
    expect(row?.status === 'needs-fixing' && row.problems).toEqual([
      {
        field: 'phoneNumber',
        reason: 'invalid',
        message: "This isn't a valid phone number: +1 must be followed by 10 digits.",
      },
    ])
  })

  it('explains a name as the add form does', () => {
    const [row] = rowsOf(`4155552671, ${'x'.repeat(101)}`)
    expect(row?.status === 'needs-fixing' && row.problems).toEqual([
      {
        field: 'name',
        reason: 'name',
        message: 'Keep the name to 100 characters or fewer (this has 101).',
      },
    ])
  })

  it('counts a name as the add form does: 100 flags fit, 101 do not', () => {
    const [fits, over] = rowsOf(`4155552671, ${'🇺🇸'.repeat(100)}\n4155552672, ${'🇺🇸'.repeat(101)}`)
    expect(fits?.status).toBe('ready')
    expect(over?.status === 'needs-fixing' && over.problems).toEqual([
      {
        field: 'name',
        reason: 'name',
        message: 'Keep the name to 100 characters or fewer (this has 101).',
      },
    ])
  })

  it('skips registered numbers and names the line a repeat repeats', () => {
    const rows = rowsOf('4155550000\n4155552671\n415.555.2671')
    expect(statuses(rows)).toEqual([
      [1, 'already-registered'],
      [2, 'ready'],
      [3, 'repeated'],
    ])
    expect(rows[2]?.status === 'repeated' && rows[2].repeatsLine).toBe(2)
  })

  it('re-checks without parsing rows whose number text did not change', () => {
    const rows = rowsOf(Array.from({ length: 50 }, (_, i) => `415555${2600 + i}`).join('\n'))
    vi.mocked(parsePhoneInput).mockClear()
    const again = checkRows(rows, context)
    expect(parsePhoneInput).not.toHaveBeenCalled()
    expect(again).toEqual(rows)
  })

  it('parses a row again when its number text changed', () => {
    const [row] = rowsOf('4155552671')
    if (!row) throw new Error('no row')
    const [edited] = checkRows([{ ...row, numberText: '415555267' }], context)
    expect(edited).toMatchObject({ status: 'needs-fixing', e164: null })
  })

  it('counts each status and lists the ready rows', () => {
    const rows = rowsOf('4155550000\n4155552671\n4155552671\n555\n4155552672')
    expect(summarize(rows)).toEqual({
      total: 5,
      ready: 2,
      needsFixing: 1,
      repeated: 1,
      alreadyRegistered: 1,
    })
    expect(readyRows(rows).map((row) => [row.line, row.e164, row.name])).toEqual([
      [2, '+14155552671', '(415) 555-2671'],
      [5, '+14155552672', '(415) 555-2672'],
    ])
  })

  it('keeps Thumbtack’s refusal on a row until the row is edited', () => {
    const [row] = rowsOf('4155552671, Jane')
    if (!row) throw new Error('no row')
    const serverProblem: RowProblem = { field: null, reason: 'server', message: 'No.' }
    const refused = { ...row, serverProblem }
    const [kept] = checkRows([refused], context)
    expect(kept?.status === 'needs-fixing' && kept.problems.map((p) => p.message)).toEqual(['No.'])
    const [edited] = updateRow([refused], row.line, { nameText: 'Jane S.' }, context)
    expect(edited).toMatchObject({ status: 'ready', name: 'Jane S.', serverProblem: undefined })
  })
})

describe('recheckRow, updateRow, removeRow', () => {
  it('re-checks one row as the user types, without looking for repeats', () => {
    const [row] = rowsOf('415555267, Jane')
    if (!row) throw new Error('no row')
    expect(recheckRow({ ...row, numberText: '4155552671' }, context)).toMatchObject({
      status: 'ready',
      e164: '+14155552671',
    })
    expect(recheckRow({ ...row, numberText: '415 555 0000' }, context).status).toBe(
      'already-registered',
    )
  })

  it('re-links repeats when the first of them is fixed to another number', () => {
    const rows = rowsOf('4155552671, A\n4155552671, B\n4155552671, C')
    const updated = updateRow(rows, 1, { numberText: '4155552672' }, context)
    expect(statuses(updated)).toEqual([
      [1, 'ready'],
      [2, 'ready'],
      [3, 'repeated'],
    ])
    expect(updated[2]?.status === 'repeated' && updated[2].repeatsLine).toBe(2)
  })

  it('makes a repeat the ready row when the first is removed', () => {
    const rows = rowsOf('4155552671, A\n4155552671, B')
    expect(statuses(removeRow(rows, 1, context))).toEqual([[2, 'ready']])
  })

  it('retries rows that were not sent: their message goes, a landed one is skipped', () => {
    const notSent: RowProblem = { field: null, reason: 'server', message: 'Not sent: Stopped.' }
    const rows = rowsOf('4155552671, A\n4155552672, B\n4155552673, C').map((row) => ({
      ...row,
      serverProblem: notSent,
    }))
    const landed = { registered: new Set(['+14155552672']) }
    expect(statuses(retryRows(checkRows(rows, landed), new Set([1, 2]), landed))).toEqual([
      [1, 'ready'],
      [2, 'already-registered'],
      [3, 'needs-fixing'],
    ])
  })

  it('fixes the name alone, keeping the parse', () => {
    const rows = rowsOf(`4155552671, ${'x'.repeat(101)}`)
    vi.mocked(parsePhoneInput).mockClear()
    const [fixed] = updateRow(rows, 1, { nameText: 'Van 3' }, context)
    expect(fixed).toMatchObject({ status: 'ready', name: 'Van 3' })
    expect(parsePhoneInput).not.toHaveBeenCalled()
  })
})
