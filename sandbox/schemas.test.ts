import { describe, expect, it } from 'vitest'
import { nameSchema, numberInputSchema, phoneNumberProblem, phoneNumberSchema } from './schemas.ts'

describe('phone number rule: E.164, US/NANP only', () => {
  it.each(['+14155552671', '+12125550100', '+19999999999', '+12002000000'])('accepts %s', (n) => {
    expect(phoneNumberProblem(n)).toBeUndefined()
  })

  it.each([
    ['+1234567890', /10 digits; this has 9/],
    ['+0987654321', /No country code starts with 0/],
    ['4155552671', /E\.164 form/],
    ['+1 415 555 2671', /E\.164 form/],
    ['+1 (415) 555-2671', /E\.164 form/],
    [' +14155552671', /E\.164 form/],
    ['+441632960961', /Only US numbers/],
    ['+141555526710', /this has 11/],
    ['+10155552671', /area code .* can't start with 0 or 1/],
    ['+11155552671', /area code .* can't start with 0 or 1/],
    ['+14150552671', /exchange .* can't start with 0 or 1/],
    ['+14151552671', /exchange .* can't start with 0 or 1/],
    ['', /Enter a phone number/],
    ['+１4155552671', /E\.164 form/],
  ])('refuses %j with a specific message', (input, message) => {
    expect(phoneNumberProblem(input)).toMatch(message)
  })

  it('names the wrong type instead of crashing', () => {
    const result = phoneNumberSchema.safeParse(4155552671)
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toMatch(/Must be a string/)
  })
})

describe('name rule: required, trimmed, 1–100 characters, no control characters', () => {
  it('stores the trimmed name', () => {
    expect(nameSchema.parse('  Front desk \n')).toBe('Front desk')
  })

  it('counts characters, so 100 emoji fit and 101 do not', () => {
    expect(nameSchema.safeParse('📞'.repeat(100)).success).toBe(true)
    const result = nameSchema.safeParse('📞'.repeat(101))
    expect(result.error?.issues[0]?.message).toMatch(/100 characters or fewer \(this has 101\)/)
  })

  it('counts what a person sees: a family emoji or a flag is one character', () => {
    expect(nameSchema.safeParse('👨‍👩‍👧‍👦'.repeat(100)).success).toBe(true)
    expect(nameSchema.safeParse('🇺🇸'.repeat(100)).success).toBe(true)
    expect(nameSchema.safeParse('e\u0301'.repeat(100)).success).toBe(true)
    const result = nameSchema.safeParse('🇺🇸'.repeat(101))
    expect(result.error?.issues[0]?.message).toMatch(/100 characters or fewer \(this has 101\)/)
    expect(nameSchema.safeParse(`a${'\u0301'.repeat(5000)}`).error?.issues[0]?.message).toMatch(
      /built from 5001 parts/,
    )
  })

  it.each([
    ['', /Enter a name/],
    ['   ', /Enter a name/],
    ['Bob\u0000Smith', /control characters/],
    ['Line\nbreak', /control characters/],
    ['Tab\there', /control characters/],
    ['Del\u007fete', /control characters/],
    ['C1\u0085char', /control characters/],
    ['Lone \ud800 surrogate', /invalid character/],
  ])('refuses %j', (input, message) => {
    const result = nameSchema.safeParse(input)
    expect(result.error?.issues[0]?.message).toMatch(message)
  })

  it('requires both fields and ignores unknown ones', () => {
    const missing = numberInputSchema.safeParse({})
    expect(missing.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'phoneNumber',
      'name',
    ])
    const extra = numberInputSchema.parse({ phoneNumber: '+14155552671', name: 'A', x: 1 })
    expect(extra).toEqual({ phoneNumber: '+14155552671', name: 'A' })
  })
})
