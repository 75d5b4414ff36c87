import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { readListViewState } from './list-view-state'
import { selectVisibleNumbers } from './select-visible-numbers'

const jose = buildPhoneNumber({
  name: 'José Díaz',
  phoneNumber: '+14155552671',
  lastActivityTime: '2026-03-01T00:00:00Z',
  createdTime: '2025-01-01T00:00:00Z',
})
const amy = buildPhoneNumber({
  name: 'amy Chen',
  phoneNumber: '+12125550100',
  lastActivityTime: '2026-05-01T00:00:00Z',
  createdTime: '2025-06-01T00:00:00Z',
})
const van = buildPhoneNumber({
  name: 'Van 10',
  phoneNumber: '+13125550199',
  lastActivityTime: null,
  createdTime: '2024-01-01T00:00:00Z',
})
const van2 = buildPhoneNumber({
  name: 'Van 2',
  phoneNumber: '+13125550111',
  createdTime: '2024-02-01T00:00:00Z',
})
const removed = buildPhoneNumber({ name: 'Old line', phoneNumber: '+16175550123', isDeleted: true })
const all = [jose, amy, van, van2, removed]

function names(query: string, hidden: string[] = []) {
  return selectVisibleNumbers(
    all,
    readListViewState(new URLSearchParams(query)),
    new Set(hidden),
  ).map((number) => number.name)
}

describe('selectVisibleNumbers', () => {
  it.each([
    ['', ['amy Chen', 'José Díaz', 'Van 2', 'Van 10']],
    ['dir=desc', ['Van 10', 'Van 2', 'José Díaz', 'amy Chen']],
    ['sort=number', ['amy Chen', 'Van 2', 'Van 10', 'José Díaz']],
    // Never-used numbers sort last whichever the direction.
    ['sort=activity', ['amy Chen', 'José Díaz', 'Van 2', 'Van 10']],
    ['sort=activity&dir=asc', ['Van 2', 'José Díaz', 'amy Chen', 'Van 10']],
    ['sort=added', ['amy Chen', 'José Díaz', 'Van 2', 'Van 10']],
    ['q=jose', ['José Díaz']],
    ['q=AMY', ['amy Chen']],
    ['q=555-2671', ['José Díaz']],
    ['q=(312)%20555', ['Van 2', 'Van 10']],
    ['q=%2B1%20212', ['amy Chen']],
    ['q=nobody', []],
    ['removed=1', ['amy Chen', 'José Díaz', 'Old line', 'Van 2', 'Van 10']],
    ['q=old', []],
    ['q=old&removed=1', ['Old line']],
  ])('%s', (query, expected) => {
    expect(names(query)).toEqual(expected)
  })

  it('hides numbers whose removal is pending', () => {
    expect(names('', [amy.phoneNumberID])).toEqual(['José Díaz', 'Van 2', 'Van 10'])
  })
})

describe('sorting names like a person would', () => {
  it.each([
    [
      ['Van 10', 'van 2', 'Van 1'],
      ['Van 1', 'van 2', 'Van 10'],
    ],
    [
      ['Émile', 'Eve', 'emily'],
      ['Émile', 'emily', 'Eve'],
    ],
    [
      ['b', 'A', 'a', 'B'],
      ['A', 'a', 'b', 'B'],
    ],
  ])('%j → %j', (input, expected) => {
    const numbers = input.map((name, index) =>
      buildPhoneNumber({ name, phoneNumberID: String(100 + index) }),
    )
    expect(
      selectVisibleNumbers(numbers, readListViewState(new URLSearchParams())).map((n) => n.name),
    ).toEqual(expected)
  })
})
