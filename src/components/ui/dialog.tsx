import { X } from 'lucide-react'
import { type ReactNode, useEffect, useId, useRef } from 'react'

import { useActingAs } from '@/lib/auth/acting-as'
import { cn } from '@/lib/cn'

interface DialogProps {
  open: boolean
  title: string
  description?: ReactNode
  /** Escape, the close button or a click on the backdrop: the owner may ask before closing. */
  onRequestClose: () => void
  children: ReactNode
  className?: string
}

/**
 * A modal built on the native <dialog>: showModal() makes the rest of the page inert
 * (focus is trapped, screen readers see only the dialog) and Escape fires `cancel`,
 * which we turn into a request so that a form with changes can ask first. Focus goes
 * back to whatever had it before the dialog opened.
 */
export function Dialog({
  open,
  title,
  description,
  onRequestClose,
  children,
  className,
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const descriptionId = useId()
  const actingAs = useActingAs()

  useEffect(() => {
    const dialog = ref.current
    if (!dialog || !open) return
    const returnFocusTo =
      document.activeElement instanceof HTMLElement ? document.activeElement : null
    dialog.showModal()
    return () => {
      dialog.close()
      if (returnFocusTo?.isConnected) returnFocusTo.focus()
    }
  }, [open])

  if (!open) return null
  return (
    // The backdrop click is a mouse shortcut; keyboard users have Escape and the close button.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onCancel={(event) => {
        event.preventDefault()
        onRequestClose()
      }}
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> itself, not its content.
        if (event.target === event.currentTarget) onRequestClose()
      }}
      className={cn(
        'm-auto w-[min(32rem,calc(100vw-2rem))] rounded-xl border border-line bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:bg-slate-900 dark:text-slate-100',
        className,
      )}
    >
      {actingAs ? (
        <p className="rounded-t-xl border-b-2 border-brand-500 bg-brand-50 px-5 py-2 text-sm text-slate-900 dark:bg-slate-800 dark:text-slate-100">
          {actingAs}
        </p>
      ) : null}
      <div className="flex items-start justify-between gap-4 border-b border-line px-5 py-4">
        <div>
          <h2 id={titleId} className="text-lg font-semibold">
            {title}
          </h2>
          {description ? (
            <div id={descriptionId} className="mt-1 text-sm text-muted">
              {description}
            </div>
          ) : null}
        </div>
        <button
          type="button"
          aria-label="Close"
          onClick={onRequestClose}
          className="-m-2 rounded-md p-2 text-muted hover:bg-slate-100 hover:text-slate-900 dark:hover:bg-slate-800 dark:hover:text-slate-100"
        >
          <X aria-hidden="true" className="size-4" />
        </button>
      </div>
      <div className="px-5 py-4">{children}</div>
    </dialog>
  )
}
