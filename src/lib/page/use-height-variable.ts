import { useCallback } from 'react'

import { setRootLength } from './root-variable'

type VariableName = `--${string}`

const variableOf = new Map<Element, VariableName>()
let observer: ResizeObserver | undefined

/**
 * One observer for every element, so that the browser hands it every size that changed at
 * once and all of them are read before any variable is written. With an observer each, the
 * first one's write restyled the page and the next one's read waited for that restyle and
 * a layout (a forced reflow of the whole first screen, the longest task after the first paint).
 */
function measure(entries: readonly ResizeObserverEntry[]) {
  const heights = entries.flatMap(({ target }) => {
    const name = variableOf.get(target)
    if (!name) return []
    const sticks = getComputedStyle(target).position === 'sticky'
    return [{ name, px: sticks ? Math.ceil(target.getBoundingClientRect().height) : 0 }]
  })
  for (const { name, px } of heights) setRootLength(name, px)
}

/**
 * Keeps an element's height in a CSS variable on the root element while it is mounted
 * (zero while it is not `position: sticky`, e.g. on narrow screens), so that what sticks
 * below it, and focus scrolled into view, can keep clear of it. A ref callback: the element
 * may mount well after the component that owns it.
 */
export function useHeightVariable(name: VariableName) {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return
      observer ??= new ResizeObserver(measure)
      const watching = observer
      variableOf.set(element, name)
      watching.observe(element)
      return () => {
        watching.unobserve(element)
        variableOf.delete(element)
        document.documentElement.style.removeProperty(name)
      }
    },
    [name],
  )
}
