import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { numbersToCsv } from './numbers-csv'

describe('numbersToCsv', () => {
  it('writes a header and one formula-safe line per number', () => {
    const csv = numbersToCsv([
      buildPhoneNumber({
        name: '=1+2',
        phoneNumber: '+14155552671',
        lastActivityTime: null,
        createdTime: '2026-01-01T10:00:00Z',
      }),
      buildPhoneNumber({ name: 'Van, "3"', phoneNumber: '+12125550100', isDeleted: true }),
    ])
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(lines[0]).toBe('Name,Phone number (E.164),Phone number,Last activity,Added,Status')
    expect(lines[1]).toBe("'=1+2,+14155552671,(415) 555-2671,,2026-01-01T10:00:00Z,Active")
    expect(lines[2]).toMatch(/^"Van, ""3""",\+12125550100,\(212\) 555-0100,.*,Removed$/)
  })
})
