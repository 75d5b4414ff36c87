import { useEffect, useMemo, useState } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { firstSorted } from './first-sorted'
import { type ListViewState } from './list-view-state'
import { filterNumbers, visibilityTest } from './select-visible-numbers'
import { sortNumbers } from './sort-numbers'

export interface VisibleNumbers {
  /** The rows to draw: all the view shows, or, while `complete` is false, its first screen. */
  rows: readonly PhoneNumber[]
  /** How many numbers the view shows in all. */
  total: number
  complete: boolean
  /** Everything the view shows, in order, worked out on the spot if it is not yet. */
  all: () => readonly PhoneNumber[]
}

// No row is shorter than 60 px (a desktop row); one more covers a row cut at the bottom.
const firstScreenRows = () => Math.ceil(window.innerHeight / 60) + 1

/**
 * False from the list's first data until the frame after it was painted, then true for
 * good: a refetch or a new sort is sorted in full at once, as the rows are already there.
 */
function useFirstPaintPassed(hasData: boolean): boolean {
  const [passed, setPassed] = useState(false)
  useEffect(() => {
    if (!hasData || passed) return
    let timer: number | undefined
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPassed(true), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [hasData, passed])
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
): VisibleNumbers {
  const complete = useFirstPaintPassed(numbers !== undefined)
  const { sort, direction } = view
  const sorted = useMemo(
    () => (complete && numbers ? sortNumbers(numbers, sort, direction) : undefined),
    [complete, numbers, sort, direction],
  )
  return useMemo((): VisibleNumbers => {
    if (sorted) {
      const visible = filterNumbers(sorted, view, hiddenIDs)
      return { rows: visible, total: visible.length, complete: true, all: () => visible }
    }
    const list = numbers ?? []
    const { first, total } = firstSorted(
      list,
      visibilityTest(view, hiddenIDs),
      sort,
      direction,
      firstScreenRows(),
    )
    let visible: PhoneNumber[] | undefined
    const all = () =>
      (visible ??= filterNumbers(sortNumbers(list, sort, direction), view, hiddenIDs))
    return { rows: first, total, complete: false, all }
  }, [sorted, numbers, view, hiddenIDs, sort, direction])
}
