import { type RefObject, useEffect, useState } from 'react'

import { type PhoneNumber } from '../api/phone-number-schemas'

/** Rows drawn past each end of the window, so that scrolling rarely shows a gap. */
export const OVERSCAN = 8

/**
 * Whether two lists hold the same rows where the window is, overscan included (from the
 * rows' estimated height, which is never more than their real one: a range at least as wide).
 */
function sameRowsDrawn(
  before: readonly PhoneNumber[],
  after: readonly PhoneNumber[],
  estimate: number,
  scrollMargin: number,
): boolean {
  const first = Math.max(0, Math.floor((window.scrollY - scrollMargin) / estimate) - OVERSCAN)
  const last = first + Math.ceil(window.innerHeight / estimate) + 2 * OVERSCAN + 1
  for (let index = first; index <= last; index++) {
    if (before[index] !== after[index]) return false
  }
  return true
}

/** Whether focus is in the list, as it moves. */
function useFocusIn(listRef: RefObject<HTMLElement | null>): boolean {
  const [focusIn, setFocusIn] = useState(false)
  useEffect(() => {
    const onFocusIn = (event: FocusEvent) =>
      setFocusIn(event.target instanceof Node && Boolean(listRef.current?.contains(event.target)))
    document.addEventListener('focusin', onFocusIn)
    return () => document.removeEventListener('focusin', onFocusIn)
  }, [listRef])
  return focusIn
}

/**
 * How many rows the virtualizer draws past the window. A list that changes under a
 * keystroke (a search, a filter) draws first only the rows on screen, and the rows off it
 * follow once those are painted: mounting them took as long as the rows one sees. Not while
 * focus is in the list (a refetch, a removal: a row holding it would leave the page), nor
 * when the rows drawn stay the same (nothing to mount, nothing to take away).
 */
export function useOverscan(
  numbers: readonly PhoneNumber[],
  complete: boolean,
  listRef: RefObject<HTMLElement | null>,
  { estimate, scrollMargin }: { estimate: number; scrollMargin: number },
): number {
  // The list whose rows are all drawn; none before the first complete list, drawn whole.
  const [settled, setSettled] = useState<readonly PhoneNumber[] | null>(null)
  const focusIn = useFocusIn(listRef)
  const changed = complete && settled !== numbers
  const fresh =
    changed &&
    settled !== null &&
    !focusIn &&
    !sameRowsDrawn(settled, numbers, estimate, scrollMargin)
  // Adjusted while rendering, as React advises for state that follows a prop.
  if (changed && !fresh) setSettled(numbers)
  useEffect(() => {
    if (!fresh) return
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setSettled(numbers), 0)
    })
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [fresh, numbers])
  return fresh ? 1 : OVERSCAN
}
