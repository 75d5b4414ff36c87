import { withoutExportTitle } from '@/lib/csv/export-title'
import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { readListViewState } from './list-view-state'
import { exportFileName, exportTitle, numbersToCsv } from './numbers-csv'

const today = new Date('2026-12-01T14:00:00Z')

describe('numbersToCsv', () => {
  it('writes a title, a header and one formula-safe line per number', () => {
    const csv = numbersToCsv(
      [
        buildPhoneNumber({
          name: '=1+2',
          phoneNumber: '+14155552671',
          lastActivityTime: null,
          createdTime: '2026-01-01T10:00:00Z',
        }),
        buildPhoneNumber({ name: 'Van, "3"', phoneNumber: '+12125550100', isDeleted: true }),
      ],
      exportTitle('Metro HVAC', { kind: 'all' }, 2, today),
    )
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe('"# Numbers Console export of Metro HVAC: all 2 numbers, 2026-12-01"')
    expect(lines[1]).toBe('Name,Phone number (E.164),Phone number,Last activity,Added,Status')
    expect(lines[2]).toBe("'=1+2,+14155552671,(415) 555-2671,,2026-01-01T10:00:00Z,Active")
    expect(lines[3]).toMatch(/^"Van, ""3""",\+12125550100,\(212\) 555-0100,.*,Removed$/)
  })
})

describe('what an export says it holds', () => {
  it('names the whole list, a filtered view or a selection, in the title and the file name', () => {
    const view = readListViewState(new URLSearchParams('q=van&inactive=1&added=7d'))
    expect(exportTitle('Metro HVAC', { kind: 'filtered', view }, 1, today)).toBe(
      '# Numbers Console export of Metro HVAC: 1 number matching “van”, no activity for 90 days or more, added in the last 7 days, 2026-12-01',
    )
    expect(exportTitle('Metro HVAC', { kind: 'selected' }, 3, today)).toBe(
      '# Numbers Console export of Metro HVAC: 3 selected numbers, 2026-12-01',
    )
    expect(exportFileName('Metro HVAC', { kind: 'all' }, today)).toBe(
      'metro-hvac-numbers-2026-12-01.csv',
    )
    expect(exportFileName('Metro HVAC', { kind: 'filtered', view }, today)).toBe(
      'metro-hvac-numbers-filtered-2026-12-01.csv',
    )
    expect(exportFileName('Metro HVAC', { kind: 'selected' }, today)).toBe(
      'metro-hvac-numbers-selected-2026-12-01.csv',
    )
  })

  it('keeps the title on one line, whatever the search holds', () => {
    const view = readListViewState(new URLSearchParams('q=a%0Ab'))
    expect(exportTitle('X\r\nY', { kind: 'filtered', view }, 2, today)).not.toMatch(/[\r\n]/)
  })

  it('is blanked by a reader of the file, leaving the lines where they were', () => {
    const csv = numbersToCsv(
      [buildPhoneNumber({ name: '# 1 tech' })],
      exportTitle('A, B', { kind: 'all' }, 1, today),
    )
    const read = withoutExportTitle(csv.replace(/^\uFEFF/, '')).split('\r\n')
    expect(read[0]).toBe('')
    expect(read[1]).toMatch(/^Name,/)
    // A name that starts with "#" is a row like any other, not a title.
    expect(withoutExportTitle(read.slice(1).join('\r\n'))).toContain('# 1 tech')
  })
})
