import parsePhoneNumber from 'libphonenumber-js'
import { describe, expect, it, vi } from 'vitest'

import { isValidNanpNumber } from './nanp-validity'

// Only this module's own import of the metadata is replaced: libphonenumber-js, which the
// fallback calls, keeps reading the real metadata through its own files.
const reads = vi.hoisted(() => ({ count: 0 }))
vi.mock('libphonenumber-js/min/metadata', () => ({
  default: {
    get country_calling_codes() {
      reads.count += 1
      return { 1: ['US'] }
    },
    // A layout nanp-validity.ts does not know: the possible lengths are not a list.
    countries: { US: ['1', '011', '[2-9]\\d{9}', 'ten'] },
  },
}))

describe('whether a +1 number is valid, with metadata laid out in an unknown way', () => {
  const numbers = ['2015550123', '2125551212', '4155552671', '1234567890', '9999999999']

  it('answers as libphonenumber-js does, reading the metadata once for every number', () => {
    const answers = numbers.map((national) => isValidNanpNumber(national))
    const expected = numbers.map(
      (national) => parsePhoneNumber(`+1${national}`)?.isValid() === true,
    )
    expect(answers).toEqual(expected)
    expect(answers).toContain(true)
    expect(reads.count).toBe(1)
  })
})
