import { buildPhoneNumber } from '@/testing/phone-number-factory'

import { readListViewState } from './list-view-state'
import { visibilityTally, visibilityTest } from './select-visible-numbers'

const now = Date.parse('2026-10-01T12:00:00Z')
const daysAgo = (days: number) => new Date(now - days * 86_400_000).toISOString()

const fresh = buildPhoneNumber({
  name: 'Fresh',
  createdTime: daysAgo(3),
  lastActivityTime: daysAgo(1),
})
const quiet = buildPhoneNumber({
  name: 'Quiet',
  createdTime: daysAgo(20),
  lastActivityTime: daysAgo(95),
})
const exactly = buildPhoneNumber({
  name: 'Exactly 90',
  createdTime: daysAgo(200),
  lastActivityTime: daysAgo(90),
})
const never = buildPhoneNumber({
  name: 'Never used',
  createdTime: daysAgo(120),
  lastActivityTime: null,
})
const removed = buildPhoneNumber({
  name: 'Removed',
  createdTime: daysAgo(2),
  lastActivityTime: daysAgo(400),
  isDeleted: true,
})
const all = [fresh, quiet, exactly, never, removed]

function shown(query: string) {
  const tally = visibilityTally(readListViewState(new URLSearchParams(query)), new Set(), now)
  const names = all.filter(tally.keep).map((number) => number.name)
  return { names, counts: tally.counts }
}

describe('the list filters', () => {
  it('"no activity for 90 days or more" keeps the quiet ones, never-used ones by their age', () => {
    expect(shown('inactive=1').names).toEqual(['Quiet', 'Exactly 90', 'Never used'])
  })

  it('"added" keeps what was added within the range, or before it', () => {
    expect(shown('added=7d').names).toEqual(['Fresh'])
    expect(shown('added=30d').names).toEqual(['Fresh', 'Quiet'])
    expect(shown('added=older').names).toEqual(['Exactly 90', 'Never used'])
  })

  it('counts what each choice would show beside the others, so a count is what it shows', () => {
    for (const query of ['', 'inactive=1', 'added=30d', 'inactive=1&added=older', 'q=e']) {
      const { counts } = shown(query)
      const view = new URLSearchParams(query)
      view.set('inactive', '1')
      expect(counts.inactive).toBe(shown(view.toString()).names.length)
      for (const range of ['any', '7d', '30d', '90d', 'older'] as const) {
        view.delete('inactive')
        if (query.includes('inactive')) view.set('inactive', '1')
        view.set('added', range)
        expect(counts.added[range]).toBe(shown(view.toString()).names.length)
      }
    }
  })

  it('leaves removed numbers out of the counts unless they are shown', () => {
    expect(shown('added=7d').counts.added['7d']).toBe(1)
    expect(shown('added=7d&removed=1').counts.added['7d']).toBe(2)
    expect(shown('removed=1&inactive=1').names).toContain('Removed')
  })

  it('gives the same rows and counts in the first pass over a list, which keeps no times', () => {
    for (const query of ['', 'inactive=1', 'added=30d', 'inactive=1&added=older', 'removed=1']) {
      const view = readListViewState(new URLSearchParams(query))
      // Fresh copies: numbers whose times no pass has parsed yet, as from a list just loaded.
      const numbers = all.map((number) => ({ ...number }))
      const first = visibilityTally(view, new Set(), now, false)
      const firstNames = numbers.filter(first.keep).map((number) => number.name)
      const later = visibilityTally(view, new Set(), now)
      expect(firstNames).toEqual(numbers.filter(later.keep).map((number) => number.name))
      expect(first.counts).toEqual(later.counts)
    }
  })

  it("draws a list's first screen with the rows the counted pass keeps, search and filters alike", () => {
    for (const query of ['', 'q=qui', 'inactive=1', 'added=7d', 'added=older&removed=1']) {
      const view = readListViewState(new URLSearchParams(query))
      const hidden = new Set([fresh.phoneNumberID])
      const counted = visibilityTally(view, hidden, now)
      expect(all.filter(visibilityTest(view, hidden, now))).toEqual(all.filter(counted.keep))
    }
  })
})
