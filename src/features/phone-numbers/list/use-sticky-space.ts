import { useCallback } from 'react'

/**
 * Keeps the height of the list's sticky tools in `--sticky-space` on the root element, so
 * that focus moved to a row (after a removal, or by Tab) scrolls clear of them instead of
 * under them. Zero where the tools do not stick (narrow screens). A ref callback: the
 * tools mount only once the numbers are loaded.
 */
export function useStickySpace() {
  return useCallback((element: HTMLElement | null) => {
    if (!element || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      const sticks = getComputedStyle(element).position === 'sticky'
      const height = sticks ? Math.ceil(element.getBoundingClientRect().height) + 8 : 0
      root.style.setProperty('--sticky-space', `${height}px`)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--sticky-space')
    }
  }, [])
}
