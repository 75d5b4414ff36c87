import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { readListViewState } from './list-view-state'
import { applyFilters, searchSorted } from './search-sorted'
import { selectVisibleNumbers } from './select-visible-numbers'
import { sortNumbers } from './sort-numbers'

const now = Date.parse('2026-06-01T00:00:00Z')
const all = [
  buildPhoneNumber({
    name: 'José Díaz',
    phoneNumber: '+14155552671',
    lastActivityTime: '2026-05-30T00:00:00Z',
    createdTime: '2025-01-01T00:00:00Z',
  }),
  buildPhoneNumber({
    name: 'amy Chen',
    phoneNumber: '+12125550100',
    lastActivityTime: '2026-01-01T00:00:00Z',
    createdTime: '2026-05-20T00:00:00Z',
  }),
  buildPhoneNumber({ name: 'Van 10', phoneNumber: '+13125550199', lastActivityTime: null }),
  buildPhoneNumber({
    name: 'Van 2',
    phoneNumber: '+13125550111',
    createdTime: '2026-05-29T00:00:00Z',
  }),
  buildPhoneNumber({ name: 'Old van', phoneNumber: '+16175550123', isDeleted: true }),
]

describe('a keystroke’s filter over the sorted list', () => {
  it.each([
    '',
    'q=van',
    'q=VAN%202',
    'q=jose',
    'q=555-01',
    'q=%2B1%20312',
    'q=12',
    'q=nobody',
    'q=%20%20',
    'removed=1&q=van',
    'inactive=1',
    'added=7d&q=van',
    'added=older&removed=1',
    'sort=activity&dir=asc&q=a',
  ])('shows what the whole view shows: %s', (query) => {
    const view = readListViewState(new URLSearchParams(query))
    for (const hidden of [new Set<string>(), new Set([all[3]?.phoneNumberID ?? ''])]) {
      const sorted = sortNumbers(all, view.sort, view.direction)
      const shown = applyFilters(searchSorted(sorted, view, hidden), view, now)
      expect(shown).toEqual(selectVisibleNumbers(all, view, hidden, now))
    }
  })
})
