import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { firstSorted } from './first-sorted'
import { sortKeys } from './list-view-state'
import { sortNumbers } from './sort-numbers'

// Names whose keys the shortcut can tell from their first letters, and names it cannot:
// accents, digits early and late, case, punctuation, short names, ties, emoji, dotted I.
const NAMES = [
  'Tech 0001 – Ana',
  'Tech 0002 – Ana',
  'tech 0002 – ana',
  'Tech 10',
  'Tech 9',
  'Techs',
  'Tec',
  'After-hours 0004 – Austin',
  'After-hours 0012 – Boise',
  'after-hours',
  'José Díaz',
  'Jose Diaz',
  'Jöse',
  'Zoë',
  'Zoe',
  'Zoé b',
  'Zoe c',
  'Zof',
  'Zod',
  '',
  ' ',
  'A',
  'a',
  'Ab',
  '5 Star',
  '05 Star',
  'Van 2',
  'Van 10',
  'İstanbul',
  'Ωmega',
  '🚐 Van',
  'Crew lead',
  'Crew-lead',
  'Office~',
  'Office!',
]

function seeded(seed: number) {
  let state = seed
  return (below: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31
    return state % below
  }
}

function corpus(size: number): PhoneNumber[] {
  const pick = seeded(7)
  // Few distinct times, so that ties (settled by name, then ID) are common.
  const time = () => (pick(5) === 0 ? null : `2026-0${1 + pick(9)}-${10 + pick(18)}T00:00:00Z`)
  return Array.from({ length: size }, (_, index) =>
    buildPhoneNumber({
      phoneNumberID: `pn_${pick(1_000_000)}_${index}`,
      name: `${NAMES[pick(NAMES.length)] ?? ''}${pick(3) === 0 ? ` ${pick(50)}` : ''}`,
      phoneNumber: `+1415555${String(pick(10_000)).padStart(4, '0')}`,
      lastActivityTime: time(),
      createdTime: time(),
      isDeleted: pick(10) === 0,
    }),
  )
}

describe('firstSorted', () => {
  const numbers = corpus(400)
  const active = (number: PhoneNumber) => !number.isDeleted

  it.each(sortKeys.flatMap((key) => (['asc', 'desc'] as const).map((dir) => [key, dir] as const)))(
    'picks exactly the first rows of the full sort by %s, %s',
    (key, direction) => {
      const sorted = sortNumbers(numbers, key, direction)
      for (const keep of [() => true, active]) {
        const expected = sorted.filter(keep)
        // Every limit: any row can be the last one kept, the one the others are held to.
        for (let limit = 1; limit <= expected.length + 1; limit++) {
          const { first, total } = firstSorted(numbers, keep, key, direction, limit)
          expect(total).toBe(expected.length)
          expect(first.map((number) => number.phoneNumberID)).toEqual(
            expected.slice(0, limit).map((number) => number.phoneNumberID),
          )
        }
      }
    },
  )

  it('shows nothing of a list whose rows are all left out', () => {
    expect(firstSorted(numbers, () => false, 'name', 'asc', 13)).toEqual({ first: [], total: 0 })
  })
})
