import { X } from 'lucide-react'
import { type RefObject, useEffect, useRef, useState, useSyncExternalStore } from 'react'

import { cn } from '@/lib/cn'

import { touchTarget } from './touch-target'
import { dismissToast, expireToast, getToasts, subscribeToToasts, type Toast } from './toast-store'

const tones = {
  info: 'border-control bg-white dark:bg-slate-800',
  success: 'border-emerald-300 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950',
  error: 'border-red-300 bg-red-50 dark:border-red-700 dark:bg-red-950',
} as const

/** Counts down only while the user is not looking at the message. */
function useCountdown(toast: Toast, paused: boolean) {
  const remaining = useRef(toast.durationMs)
  useEffect(() => {
    if (paused) return
    const startedAt = performance.now()
    const timer = window.setTimeout(() => expireToast(toast.id), remaining.current)
    return () => {
      window.clearTimeout(timer)
      remaining.current -= performance.now() - startedAt
    }
  }, [paused, toast.id])
}

function ToastItem({ toast }: { toast: Toast }) {
  const [hovered, setHovered] = useState(false)
  const [focused, setFocused] = useState(false)
  useCountdown(toast, hovered || focused)

  return (
    <li
      className={cn(
        'pointer-events-auto flex items-center gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg',
        tones[toast.tone],
      )}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
    >
      <div className="mr-auto min-w-0">
        <p data-part="message">{toast.message}</p>
        {toast.detail ? <p className="mt-0.5 text-xs text-muted">{toast.detail}</p> : null}
      </div>
      {toast.action ? (
        <button
          type="button"
          className="rounded-md px-2 py-1 font-semibold text-brand-700 underline-offset-2 hover:underline dark:text-brand-100"
          onClick={() => {
            dismissToast(toast.id)
            toast.action?.onClick()
          }}
        >
          {toast.action.label}
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss"
        className={`inline-flex size-8 items-center justify-center rounded-md text-muted hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-700 dark:hover:text-slate-100 ${touchTarget}`}
        onClick={() => expireToast(toast.id)}
      >
        <X aria-hidden="true" className="size-4" />
      </button>
    </li>
  )
}

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
    const root = document.documentElement
    const observer = new ResizeObserver(() => {
      const height = element.getBoundingClientRect().height
      // The toasts' own padding (p-4) above and below them, when there are any.
      const space = height > 0 ? Math.ceil(height) + 32 : 0
      root.style.setProperty('--toast-space', `${space}px`)
      if (space > 0) keepFocusClear(space)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--toast-space')
    }
  }, [list])
}

/** Status messages, announced politely to screen readers as they appear. */
export function Toaster() {
  const toasts = useSyncExternalStore(subscribeToToasts, getToasts, getToasts)
  const listRef = useRef<HTMLUListElement>(null)
  useReservedSpace(listRef)
  return (
    <div
      role="status"
      aria-live="polite"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex justify-center p-4"
    >
      <ul ref={listRef} className="flex w-full max-w-xl flex-col gap-2">
        {toasts.map((toast) => (
          <ToastItem key={toast.id} toast={toast} />
        ))}
      </ul>
    </div>
  )
}
