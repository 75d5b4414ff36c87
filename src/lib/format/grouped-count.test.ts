import { describe, expect, it } from 'vitest'

import { groupedCount } from './grouped-count'

describe('groupedCount', () => {
  it('writes whole numbers as en-US does', () => {
    const counts = [1, 12, 999, 1_000, 9_999, 12_345, 100_000, 999_999, 1_234_567, 10_000_000]
    for (const count of [0, ...counts, ...counts.map((count) => -count)]) {
      expect(groupedCount(count)).toBe(count.toLocaleString('en-US'))
    }
  })
})
