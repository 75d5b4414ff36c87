import { useEffect } from 'react'

/**
 * While `active` (a bulk send is running), closing the tab, reloading or typing another
 * address asks first: the rows not yet sent would stop with the page. The browser shows its
 * own wording; calling preventDefault is what asks for it.
 */
export function useWarnBeforeUnload(active: boolean): void {
  useEffect(() => {
    if (!active) return
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [active])
}
