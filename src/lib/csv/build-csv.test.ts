import { describe, expect, it } from 'vitest'

import { buildCsv } from './build-csv'

describe('buildCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    const csv = buildCsv(
      ['Name', 'Phone number'],
      [
        ['Front desk', '+14155552671'],
        ['Smith, "J"', '+12125550100'],
      ],
    )
    expect(csv).toBe(
      'Name,Phone number\r\nFront desk,+14155552671\r\n"Smith, ""J""",+12125550100\r\n',
    )
  })

  it('adds a byte order mark only when asked', () => {
    expect(buildCsv(['a'], [], { bom: true })).toBe('\uFEFFa\r\n')
    expect(buildCsv(['a'], [])).toBe('a\r\n')
  })

  it('neutralises formulas in the header too', () => {
    expect(buildCsv(['=cmd'], [])).toBe("'=cmd\r\n")
  })

  it('keeps empty cells and empty rows', () => {
    expect(buildCsv(['a', 'b'], [['', ''], []])).toBe('a,b\r\n,\r\n\r\n')
  })

  it('builds one line per row for 10,000 rows', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Line ${String(i)}`,
      '+14155552671',
      'x',
    ])
    const csv = buildCsv(['Name', 'Phone', 'Note'], rows, { bom: true })
    expect(csv.split('\r\n')).toHaveLength(10_002)
  })
})
