import { lazy, type RefObject, Suspense, useEffect, useRef, useSyncExternalStore } from 'react'

import { afterPageSettles } from '@/lib/page/after-page-settles'
import { setRootLength } from '@/lib/page/root-variable'

import { getToasts, subscribeToToasts } from './toast-store'

// The messages themselves (and the icon library) are not part of the first visit's
// JavaScript: the live region is, so that what appears in it later is announced.
const loadItem = () => import('./toast-item')
const ToastItem = lazy(async () => ({ default: (await loadItem()).ToastItem }))

/**
 * A toast talks about what the user just did, where focus is (the row after the one deleted,
 * the row whose Copy was pressed): if it came up over that, the page scrolls it clear. The room
 * below the content (`--toast-space`) lets it, at the end of a list too.
 */
function keepFocusClear(space: number) {
  const focused = document.activeElement
  if (!focused || focused === document.body || focused.closest('[role="status"]')) return
  // In a list, the whole item: the row the toast is about, not only its button.
  const box = (focused.closest('li') ?? focused).getBoundingClientRect()
  const covered = box.bottom - (window.innerHeight - space)
  // Never so far that its top goes under what sticks at the top instead.
  if (covered > 0 && box.top - covered > 0) window.scrollBy({ top: covered + 8 })
}

/**
 * Keeps the height the toasts take at the bottom of the window in `--toast-space` on the
 * root element: the page leaves that much room below its content (and scrolls focus clear
 * of it), so the toasts never sit over the last rows of a list.
 */
function useReservedSpace(list: RefObject<HTMLUListElement | null>) {
  useEffect(() => {
    const element = list.current
    if (!element || typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(() => {
      const height = element.getBoundingClientRect().height
      // The toasts' own padding (p-4) above and below them, when there are any.
      const space = height > 0 ? Math.ceil(height) + 32 : 0
      setRootLength('--toast-space', space)
      if (space > 0) keepFocusClear(space)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      document.documentElement.style.removeProperty('--toast-space')
    }
  }, [list])
}

/** Status messages, announced politely to screen readers as they appear. */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToToasts, getToasts, getToasts)
  const listRef = useRef<HTMLUListElement>(null)
  useReservedSpace(listRef)
  // Fetched once the page has settled, so that the first message shows at once.
  useEffect(() => afterPageSettles(() => void loadItem()), [])
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4"
    >
      <ul ref={listRef} className="flex w-full max-w-xl flex-col gap-2">
        <Suspense fallback={null}>
          {toasts.map((toast) => (
            <ToastItem key={toast.id} toast={toast} />
          ))}
        </Suspense>
      </ul>
    </div>
  )
}
