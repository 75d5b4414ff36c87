import { describe, expect, it } from 'vitest'

import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { countNumbers, showingLabel } from './count-numbers'

describe('showingLabel', () => {
  it('counts removed numbers in the whole when they are shown', () => {
    expect(showingLabel(5, { active: 4, removed: 1 }, true)).toBe(
      'Showing 5 of 5 numbers, 1 removed',
    )
    expect(showingLabel(2, { active: 4, removed: 1 }, false)).toBe('Showing 2 of 4 numbers')
  })

  it('leaves out numbers whose removal waits', () => {
    const numbers = [
      buildPhoneNumber({ phoneNumberID: '1' }),
      buildPhoneNumber({ phoneNumberID: '2', isDeleted: true }),
      buildPhoneNumber({ phoneNumberID: '3' }),
    ]
    expect(countNumbers(numbers, new Set(['3']))).toEqual({ active: 1, removed: 1 })
  })
})
