import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { nameProblem } from '@/lib/rules/name-rule'

import { phoneNumberFormSchema } from './phone-number-form-schema'

function issuesOf(input: { phoneNumber: string; name: string }, existing = buildPhoneNumber()) {
  const schema = phoneNumberFormSchema({
    findDuplicate: (e164) => (e164 === existing.phoneNumber ? existing : undefined),
  })
  const result = schema.safeParse(input)
  return result.success
    ? { data: result.data, issues: {} }
    : {
        data: undefined,
        issues: Object.fromEntries(
          result.error.issues.map((issue) => [issue.path.join('.'), issue.message]),
        ),
      }
}

describe('the name rule (mirrors the sandbox)', () => {
  it.each<[label: string, name: string, expected: string | undefined]>([
    ['a plain name', 'Office line', undefined],
    ['exactly 100 characters', 'a'.repeat(100), undefined],
    ['100 emoji count as 100', '📞'.repeat(100), undefined],
    ['accents and punctuation', 'Van 2 – Tomás O’Neill', undefined],
    ['empty', '', 'Enter a name.'],
    ['101 characters', 'a'.repeat(101), 'Keep the name to 100 characters or fewer (this has 101).'],
    // What a person sees is what counts: one emoji, flag or accented letter is one.
    ['a family emoji is one character', '👨‍👩‍👧‍👦', undefined],
    ['100 family emoji', '👨‍👩‍👧‍👦'.repeat(100), undefined],
    [
      '101 family emoji',
      '👨‍👩‍👧‍👦'.repeat(101),
      'Keep the name to 100 characters or fewer (this has 101).',
    ],
    ['100 flags', '🇺🇸'.repeat(100), undefined],
    ['101 flags', '🇺🇸'.repeat(101), 'Keep the name to 100 characters or fewer (this has 101).'],
    ['100 é written as e and a combining accent', 'e\u0301'.repeat(100), undefined],
    [
      '101 é written as e and a combining accent',
      'e\u0301'.repeat(101),
      'Keep the name to 100 characters or fewer (this has 101).',
    ],
    ['99 letters and a family emoji', `${'a'.repeat(99)}👨‍👩‍👧‍👦`, undefined],
    [
      'one letter under 5,000 stacked accents',
      `a${'\u0301'.repeat(5000)}`,
      'One character here is built from 5001 parts (a letter with accents, or joined symbols); keep each character to 16 or fewer.',
    ],
    [
      'a tab inside',
      'Front\tdesk',
      "The name can't contain control characters such as line breaks, tabs or NUL.",
    ],
    [
      'a line break inside',
      'Front\ndesk',
      "The name can't contain control characters such as line breaks, tabs or NUL.",
    ],
    [
      'NUL',
      'a\u0000b',
      "The name can't contain control characters such as line breaks, tabs or NUL.",
    ],
    [
      'DEL',
      'a\u007fb',
      "The name can't contain control characters such as line breaks, tabs or NUL.",
    ],
    [
      'C1 control',
      'a\u0085b',
      "The name can't contain control characters such as line breaks, tabs or NUL.",
    ],
    ['a lone surrogate', 'a\ud800b', 'The name contains an invalid character.'],
  ])('%s', (_label, name, expected) => {
    expect(nameProblem(name)).toBe(expected)
  })
})

describe('phoneNumberFormSchema', () => {
  it('normalizes the number to E.164 and trims the name', () => {
    expect(issuesOf({ phoneNumber: '(415) 555-0123', name: '  Front desk \n' }).data).toEqual({
      phoneNumber: '+14155550123',
      name: 'Front desk',
    })
  })

  // Decision 0010: the name is optional, and a blank one is the number as the list shows it.
  it.each(['', '   ', ' \t '])(
    'sends the formatted number as the name when the name is %j',
    (name) => {
      expect(issuesOf({ phoneNumber: '+1 415 555 0123', name })).toEqual({
        data: { phoneNumber: '+14155550123', name: '(415) 555-0123' },
        issues: {},
      })
    },
  )

  it('still refuses a name the server would refuse', () => {
    expect(issuesOf({ phoneNumber: '4155550123', name: 'a'.repeat(101) }).issues).toEqual({
      name: 'Keep the name to 100 characters or fewer (this has 101).',
    })
  })

  it.each([
    ['415 555', 'This number is too short. Enter all 10 digits, area code first.'],
    [
      '415 555 0123 45',
      'This number has too many digits. A US number has 10, or 11 starting with 1.',
    ],
    ['+1234567890', "This isn't a valid phone number: +1 must be followed by 10 digits."],
    ['+44 20 7946 0958', 'Only US numbers can be registered.'],
    ['415-555-0100 x12', 'Extensions are not supported.'],
    ['', 'Enter a phone number.'],
  ])('gives the reason for %j', (phoneNumber, message) => {
    expect(issuesOf({ phoneNumber, name: 'Office' }).issues).toEqual({ phoneNumber: message })
  })

  it('refuses a number already active in the business, naming it', () => {
    const existing = buildPhoneNumber({ phoneNumber: '+14155550142', name: 'Office line' })
    expect(issuesOf({ phoneNumber: '415.555.0142', name: 'Desk' }, existing).issues).toEqual({
      phoneNumber: '(415) 555-0142 is already registered to this business, as “Office line”.',
    })
  })

  it('reports both fields at once', () => {
    expect(Object.keys(issuesOf({ phoneNumber: '12', name: 'Front\tdesk' }).issues)).toEqual([
      'phoneNumber',
      'name',
    ])
  })
})

describe('phoneNumberFormSchema editing a stored number libphonenumber calls invalid', () => {
  const schema = phoneNumberFormSchema({ storedNumber: '+19995552671' })

  it.each(['(999) 555-2671', '999 555 2671', '+1 999-555-2671', '19995552671'])(
    'keeps the stored number while the field says %s',
    (phoneNumber) => {
      expect(schema.safeParse({ phoneNumber, name: 'Van 3' }).data).toEqual({
        phoneNumber: '+19995552671',
        name: 'Van 3',
      })
    },
  )

  it('a cleared name falls back to the stored number, as the list shows it', () => {
    expect(schema.safeParse({ phoneNumber: '(999) 555-2671', name: '' }).data).toEqual({
      phoneNumber: '+19995552671',
      name: '(999) 555-2671',
    })
  })

  it('judges a changed number as any other', () => {
    const result = schema.safeParse({ phoneNumber: '(999) 555-2672', name: 'Van 3' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.path).toEqual(['phoneNumber'])
  })
})
