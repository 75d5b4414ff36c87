import { createFirstLines } from './first-lines'

/** A valid-looking +1 number for each i, every one different. */
const numberOf = (i: number) => `+1${String(2_002_000_000 + i * 7_919).padStart(10, '0')}`

describe('createFirstLines', () => {
  it('gives back the line remembered for a number, and nothing for one never seen', () => {
    const firstLines = createFirstLines(2)
    firstLines.set('+14155552671', 3)
    expect(firstLines.get('+14155552671')).toBe(3)
    expect(firstLines.get('+14155552672')).toBeUndefined()
    expect(firstLines.get('+24155552671')).toBeUndefined()
  })

  it('never mistakes one number for another among many, even past the count it was made for', () => {
    const firstLines = createFirstLines(1_000)
    for (let i = 0; i < 3_000; i++) firstLines.set(numberOf(i), i + 1)
    for (let i = 0; i < 3_000; i++) expect(firstLines.get(numberOf(i))).toBe(i + 1)
    expect(firstLines.get(numberOf(3_000))).toBeUndefined()
  })

  it('keeps anything not shaped +1 and 10 digits by its exact text', () => {
    const firstLines = createFirstLines(4)
    firstLines.set('+10000000000', 1)
    firstLines.set('+1415555267', 2)
    firstLines.set('+1415555267１', 3)
    firstLines.set('+442079460958', 4)
    expect(firstLines.get('+10000000000')).toBe(1)
    expect(firstLines.get('+1415555267')).toBe(2)
    expect(firstLines.get('+1415555267１')).toBe(3)
    expect(firstLines.get('+442079460958')).toBe(4)
    expect(firstLines.get('+14155552671')).toBeUndefined()
  })
})
