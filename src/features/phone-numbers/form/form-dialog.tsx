import { type ReactNode, useEffect, useEffectEvent, useLayoutEffect, useRef } from 'react'

import { Dialog } from '@/components/ui/dialog'

import { DiscardChangesPrompt } from './discard-changes-prompt'
import { type LeaveGuard } from './use-leave-guard'

interface FormDialogProps {
  title: string
  /** The business it acts for: the "Acting for" banner sits dimmed under the backdrop. */
  businessName: string | undefined
  guard: LeaveGuard
  /**
   * Where focus goes on close when the element that opened the dialog is gone or never had
   * focus (a deep link, Safari not focusing clicked links): the row's Edit link, say.
   */
  fallbackFocus?: () => HTMLElement | null | undefined
  children: ReactNode
}

/** A form's dialog: asks before losing changes, and gives focus back on the way out. */
export function FormDialog({
  title,
  businessName,
  guard,
  fallbackFocus,
  children,
}: FormDialogProps) {
  const contentRef = useRef<HTMLDivElement>(null)
  const focusBeforeAsking = useRef<Element | null>(null)

  // Escape is handled on keydown, which (unlike the dialog's `cancel`) can always be
  // cancelled: Chrome lets a second Escape without a click in between close a modal dialog
  // whatever its cancel handler says, which would hide the form while its route stays open.
  const onEscape = useEffectEvent((event: KeyboardEvent) => {
    if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return
    event.preventDefault()
    if (guard.asking) guard.keepEditing()
    else guard.requestClose()
  })
  useEffect(() => {
    const dialog = contentRef.current?.closest('dialog')
    if (!dialog) return
    const onKeyDown = (event: KeyboardEvent) => onEscape(event)
    dialog.addEventListener('keydown', onKeyDown)
    return () => dialog.removeEventListener('keydown', onKeyDown)
  }, [])

  // While the prompt is up the form is inert; afterwards focus goes back to where it was.
  useLayoutEffect(() => {
    if (guard.asking) {
      focusBeforeAsking.current ??= document.activeElement ?? document.body
      return
    }
    const previous = focusBeforeAsking.current
    if (previous === null) return
    focusBeforeAsking.current = null
    if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) {
      previous.focus()
    } else {
      contentRef.current?.querySelector('input')?.focus()
    }
  }, [guard.asking])

  const fallbackRef = useRef(fallbackFocus)
  useEffect(() => {
    fallbackRef.current = fallbackFocus
  })
  useEffect(
    () => () => {
      // After the dialog's own clean-up has tried to give focus back to its opener.
      window.setTimeout(() => {
        const active = document.activeElement
        if (active === null || active === document.body) fallbackRef.current?.()?.focus()
      }, 0)
    },
    [],
  )

  return (
    <Dialog
      open
      title={title}
      description={businessName ? `For ${businessName}` : undefined}
      onRequestClose={guard.requestClose}
    >
      <div ref={contentRef} className="flex flex-col gap-4">
        {guard.asking ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : null}
        <div inert={guard.asking}>{children}</div>
      </div>
    </Dialog>
  )
}
