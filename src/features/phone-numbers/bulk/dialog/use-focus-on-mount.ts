import { type RefObject, useEffect } from 'react'

/**
 * Focuses the element once mounted. A <dialog> opening after this focuses its [autofocus]
 * descendant (React's own autoFocus prop sets no attribute); one already open needs focus().
 */
export function useFocusOnMount(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    element.setAttribute('autofocus', '')
    element.focus()
  }, [ref])
}
