import { useEffect, useId, useRef } from 'react'

import { Button } from '@/components/ui/button'

interface DiscardChangesPromptProps {
  onDiscard: () => void
  onKeepEditing: () => void
}

/**
 * "Discard changes?", asked inside the form's dialog rather than with window.confirm: it can
 * be styled, read by screen readers as part of the dialog, and answered on a phone without a
 * system pop-up. Focus starts on the safe answer.
 */
export function DiscardChangesPrompt({ onDiscard, onKeepEditing }: DiscardChangesPromptProps) {
  const headingId = useId()
  const textId = useId()
  const keepRef = useRef<HTMLButtonElement>(null)

  useEffect(() => {
    keepRef.current?.focus()
  }, [])

  return (
    <div
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <h3 id={headingId} className="font-semibold">
        Discard changes?
      </h3>
      <p id={textId} className="mt-1 text-sm">
        What you typed in this form will be lost.
      </p>
      <div className="mt-3 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button ref={keepRef} onClick={onKeepEditing}>
          Keep editing
        </Button>
        <Button variant="danger" onClick={onDiscard}>
          Discard
        </Button>
      </div>
    </div>
  )
}
