import { useEffect, useMemo, useState } from 'react'

import { cachedSearchKeyOf } from '@/lib/search/match-number'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { firstSorted } from './first-sorted'
import { useRowEstimate } from './list-density'
import { type ListViewState, type SortDirection, type SortKey } from './list-view-state'
import { cachedTimesOf, type FilterCounts } from './number-filters'
import { applyFilters, searchSorted } from './search-sorted'
import { filterNumbers, visibilityTest } from './select-visible-numbers'
import { sortNumbers } from './sort-numbers'
import { useFilterCounts } from './use-filter-counts'

export interface VisibleNumbers {
  /** The rows to draw: all the view shows, or, while `complete` is false, its first screen. */
  rows: readonly PhoneNumber[]
  /** How many numbers the view shows in all. */
  total: number
  /**
   * How many each filter choice would show, beside the rest of the view; undefined while
   * `complete` is false: counting needs every number's times, not worth delaying the rows.
   */
  counts: FilterCounts | undefined
  complete: boolean
  /** Everything the view shows, in order, worked out on the spot if it is not yet. */
  all: () => readonly PhoneNumber[]
}

// The rows that fit between `rowsTop` (in the page) and the bottom of the window: no row is
// shorter than its density's one-line estimate; one more covers a row cut at the bottom.
const firstScreenRows = (rowsTop: number, rowHeight: number) =>
  Math.ceil(Math.max(0, window.innerHeight - Math.max(0, rowsTop - window.scrollY)) / rowHeight) + 1
// Search keys (and the filters' times) built per task after the list is drawn: a few milliseconds each, so a key
// pressed meanwhile waits for one batch at most.
const SEARCH_KEY_BATCH = 1_000

// One sort per list and order, whether the task after the first paint or a render asks first.
const sorts = new WeakMap<readonly PhoneNumber[], Map<string, PhoneNumber[]>>()
function sortedOnce(numbers: readonly PhoneNumber[], key: SortKey, direction: SortDirection) {
  let byOrder = sorts.get(numbers)
  if (!byOrder) sorts.set(numbers, (byOrder = new Map<string, PhoneNumber[]>()))
  let sorted = byOrder.get(`${key} ${direction}`)
  if (!sorted) byOrder.set(`${key} ${direction}`, (sorted = sortNumbers(numbers, key, direction)))
  return sorted
}

const nextTask = (run: () => void) => window.setTimeout(run, 0)

/**
 * False from the list's first data until it was painted and sorted in full, then true for
 * good: a refetch or a new sort is sorted at once, as the rows are already there. The sort
 * and the render that follows it are separate tasks, so a key pressed in between is not
 * kept waiting for both; the search keys are then built in small batches.
 */
function useFirstPaintPassed(numbers: readonly PhoneNumber[] | undefined, view: ListViewState) {
  const [passed, setPassed] = useState(false)
  const { sort, direction } = view
  useEffect(() => {
    if (!numbers || passed) return
    const timers: number[] = []
    const frame = requestAnimationFrame(() => {
      timers.push(
        nextTask(() => {
          sortedOnce(numbers, sort, direction)
          timers.push(nextTask(() => setPassed(true)))
        }),
      )
    })
    return () => {
      cancelAnimationFrame(frame)
      timers.forEach((timer) => window.clearTimeout(timer))
    }
  }, [numbers, passed, sort, direction])
  useEffect(() => {
    if (!numbers || !passed) return
    let timer = 0
    const build = (from: number) => {
      const to = Math.min(from + SEARCH_KEY_BATCH, numbers.length)
      for (let index = from; index < to; index++) {
        const number = numbers[index]
        if (number) {
          cachedSearchKeyOf(number)
          cachedTimesOf(number)
        }
      }
      if (to < numbers.length) timer = nextTask(() => build(to))
    }
    timer = nextTask(() => build(0))
    return () => window.clearTimeout(timer)
  }, [numbers, passed])
  return passed
}

/**
 * The numbers a view shows, in order. Sorting 10,000 numbers takes far longer than drawing
 * a screenful, so a list just loaded is first drawn from its top rows, picked in one pass
 * in the very same order; the full sort follows once those rows are on screen.
 */
export function useVisibleNumbers(
  numbers: readonly PhoneNumber[] | undefined,
  view: ListViewState,
  hiddenIDs: ReadonlySet<string>,
  now: number,
  /** Where in the page the rows begin, as far as known (0: at the top of the window). */
  rowsTop = 0,
): VisibleNumbers {
  const complete = useFirstPaintPassed(numbers, view)
  const rowHeight = useRowEstimate()
  const { sort, direction, search, showRemoved, inactive, added } = view
  const sorted = useMemo(
    () => (complete && numbers ? sortedOnce(numbers, sort, direction) : undefined),
    [complete, numbers, sort, direction],
  )
  // What search and "show removed" keep, before the filters, which the filters' counts are of.
  const shown = useMemo(
    () => (sorted ? searchSorted(sorted, { search, showRemoved }, hiddenIDs) : undefined),
    [sorted, search, showRemoved, hiddenIDs],
  )
  const counts = useFilterCounts(numbers, shown, { inactive, added }, now)
  const visible = useMemo((): VisibleNumbers => {
    if (shown) {
      const rows = applyFilters(shown, view, now)
      // Counted apart (useFilterCounts), a task after the rows.
      return { rows, total: rows.length, counts: undefined, complete: true, all: () => rows }
    }
    const list = numbers ?? []
    const keep = visibilityTest(view, hiddenIDs, now)
    const { first, total } = firstSorted(
      list,
      keep,
      sort,
      direction,
      firstScreenRows(rowsTop, rowHeight),
    )
    let visible: PhoneNumber[] | undefined
    const all = () =>
      (visible ??= filterNumbers(sortedOnce(list, sort, direction), view, hiddenIDs, now))
    return { rows: first, total, counts: undefined, complete: false, all }
  }, [shown, numbers, view, hiddenIDs, now, sort, direction, rowsTop, rowHeight])
  // Counts need every number's times: none until the list is complete.
  return useMemo(() => (visible.complete ? { ...visible, counts } : visible), [visible, counts])
}
