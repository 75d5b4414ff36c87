import { X } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'

import { cn } from '@/lib/cn'

import { touchTarget } from './touch-target'
import { dismissToast, expireToast, type Toast } from './toast-store'

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

/** One message: its text, its action if any, and Dismiss. */
export function ToastItem({ toast }: { toast: Toast }) {
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
