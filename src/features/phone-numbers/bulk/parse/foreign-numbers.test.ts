import { parsePhoneInput } from '@/lib/phone/parse-phone-input'

import { parseAndCheck } from './parse-and-check'

const NOT_US = 'Only US numbers can be registered.'

// Each foreign number written the ways people write them, alone and inside text. None carries
// +1, so none may become a US number: the bulk reader and the add form both refuse it.
const foreign = [
  '+44 20 7946 0958',
  'Old fax +44 20 7946 0958',
  'Mexico +52 55 1234 5678',
  '+52 55 1234 5678 Mexico office',
  '0049 30 123456',
  'Berlin 0049 30 123456',
  '011 33 1 23 45 67 89',
  'Paris office 011 33 1 23 45 67 89',
  '+33 1 23 45 67 89',
  '0033 1 23 45 67 89 (Paris)',
  '+61 2 9374 4000',
  'Sydney: +61 2 9374 4000',
  '011 61 2 9374 4000',
  '+81 3 1234 5678',
  'Tokyo desk +81-3-1234-5678',
  '+49 151 12345678',
  'Hans mobile 0049 151 12345678',
  '+34 912 345 678',
  'Madrid, +34 912 345 678',
  '+39 06 1234 5678',
  'Rome +39 06 1234 5678',
  '+91 98765 43210',
  'Priya +91 98765 43210',
  '+55 11 98765-4321',
  'São Paulo +55 11 98765-4321',
  '+86 138 1234 5678',
  'Wei 0086 138 1234 5678',
  '+27 21 123 4567',
  '+353 1 234 5678',
  'Dublin 00353 1 234 5678',
  '+31 20 123 4567',
  '+46 8 123 456 78',
  '+41 44 123 45 67',
  'Zurich 011 41 44 123 45 67',
  '+64 9 300 1234',
  '+971 4 312 3456',
  '+48 22 123 45 67',
  '+7 495 123-45-67',
  'Moscow +7 (495) 123-45-67',
  '+65 6123 4567',
  '+852 2123 4567',
  '+82 2 1234 5678',
  '+90 212 123 4567',
  '+20 100 123 4567',
  '+234 803 123 4567',
  '+54 11 4321-1234',
  'tel:+44-20-7946-0958',
  '＋44 20 7946 0958',
]

// A US number and a foreign one on one line: the US number is taken only where it was written
// before the foreign one; a foreign one first refuses the line. Never a third number.
const mixed: { text: string; e164?: string }[] = [
  { text: 'Jane 415-555-2671 fax +44 20 7946 0958', e164: '+14155552671' },
  { text: '(415) 555-2671 or +52 55 1234 5678', e164: '+14155552671' },
  { text: 'Fax +44 20 7946 0958 Jane 415-555-2671' },
  { text: 'Mexico +52 55 1234 5678 / US 415 555 2671' },
  { text: 'Berlin 0049 30 123456 then 650-555-0187' },
  { text: 'Paris 011 33 1 23 45 67 89, NYC +1 212 555 0134' },
]

const noneRegistered = { registered: new Set<string>() }

function bulkRow(text: string) {
  const [row, ...rest] = parseAndCheck(text, noneRegistered).rows
  expect(rest).toEqual([])
  return row
}

describe('foreign numbers, in the bulk reader and the add form alike', () => {
  it('has enough cases to mean something', () => {
    expect(foreign.length + mixed.length).toBeGreaterThanOrEqual(40)
  })

  it.each(foreign)('bulk add refuses %j as not a US number', (text) => {
    const row = bulkRow(text)
    expect(row?.status).toBe('needs-fixing')
    expect(row?.e164).toBeNull()
    const messages = row?.status === 'needs-fixing' ? row.problems.map((p) => p.message) : []
    expect(messages).toContain(NOT_US)
  })

  it.each(foreign)('the add form never reads %j as a US number', (text) => {
    const parsed = parsePhoneInput(text)
    expect(parsed.ok).toBe(false)
    // Without words around it, the add form says just what bulk add says.
    if (!/\p{L}/u.test(text.replace(/^tel:/, ''))) {
      expect(parsed.ok ? '' : parsed.message).toBe(NOT_US)
    }
  })

  it.each(mixed)('bulk add reads $text as only the US number written, or refuses it', (mix) => {
    const row = bulkRow(mix.text)
    if (mix.e164 === undefined) {
      expect(row?.status).toBe('needs-fixing')
      expect(row?.e164).toBeNull()
    } else {
      expect(row?.e164).toBe(mix.e164)
    }
  })

  it.each(mixed)('the add form never reads $text as a US number', (mix) => {
    expect(parsePhoneInput(mix.text).ok).toBe(false)
  })
})
