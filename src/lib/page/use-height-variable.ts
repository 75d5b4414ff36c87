import { useCallback } from 'react'

/**
 * Keeps an element's height in a CSS variable on the root element while it is mounted
 * (zero while it is not `position: sticky`, e.g. on narrow screens), so that what sticks
 * below it, and focus scrolled into view, can keep clear of it. A ref callback: the element
 * may mount well after the component that owns it.
 */
export function useHeightVariable(name: `--${string}`) {
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element || typeof ResizeObserver === 'undefined') return
      const root = document.documentElement
      const observer = new ResizeObserver(() => {
        const sticks = getComputedStyle(element).position === 'sticky'
        const height = sticks ? Math.ceil(element.getBoundingClientRect().height) : 0
        root.style.setProperty(name, `${height}px`)
      })
      observer.observe(element)
      return () => {
        observer.disconnect()
        root.style.removeProperty(name)
      }
    },
    [name],
  )
}
