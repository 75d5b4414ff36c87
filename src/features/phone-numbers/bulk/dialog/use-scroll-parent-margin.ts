import { type RefObject, useLayoutEffect, useState } from 'react'

/**
 * Where `ref`'s element starts inside the <dialog> that scrolls it, kept up to date as what is
 * above it grows or shrinks (a column choice appearing, the text area resized): a virtualizer
 * that scrolls with the whole dialog needs it as its scroll margin. `active` is false while
 * the element is not rendered.
 */
export function useScrollParentMargin(
  ref: RefObject<HTMLElement | null>,
  active: boolean,
): { margin: number; scroller: () => HTMLElement | null } {
  const [margin, setMargin] = useState(0)
  const scroller = () => ref.current?.closest('dialog') ?? null

  useLayoutEffect(() => {
    const element = ref.current
    const dialog = element?.closest('dialog')
    if (!active || !element || !dialog) return
    const measure = () => {
      const top = element.getBoundingClientRect().top - dialog.getBoundingClientRect().top
      setMargin(Math.round(top - dialog.clientTop + dialog.scrollTop))
    }
    measure()
    // Every part of the dialog: anything above the element that changes size moves it.
    const observer = new ResizeObserver(measure)
    for (const part of dialog.children) observer.observe(part)
    return () => observer.disconnect()
  }, [ref, active])

  return { margin, scroller }
}
