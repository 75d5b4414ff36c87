import { describe, expect, it } from 'vitest'

import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { countLabel, countNumbers, showingLabel } from './count-numbers'

describe('showingLabel', () => {
  it('counts removed numbers in the whole when they are shown', () => {
    expect(showingLabel(5, { active: 4, removed: 1 }, true)).toBe(
      'Showing 5 of 5 numbers, 1 removed',
    )
    expect(showingLabel(2, { active: 4, removed: 1 }, false)).toBe('Showing 2 of 4 numbers')
  })

  it('groups thousands as en-US does', () => {
    for (const count of [0, 1, 999, 1_000, 12_345, 100_000, 1_234_567]) {
      expect(countLabel(count)).toBe(
        `${count.toLocaleString('en-US')} ${count === 1 ? 'number' : 'numbers'}`,
      )
    }
    expect(showingLabel(1_500, { active: 10_000, removed: 2_000 }, true)).toBe(
      'Showing 1,500 of 12,000 numbers, 2,000 removed',
    )
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
