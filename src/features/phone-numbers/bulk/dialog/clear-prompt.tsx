import { useEffect, useEffectEvent, useId, useRef } from 'react'

import { Button } from '@/components/ui/button'

/** "Clear this paste?", asked inside the dialog like "Discard changes?"; focus on the safe answer. */
export function ClearPrompt({ onClear, onKeep }: { onClear: () => void; onKeep: () => void }) {
  const headingId = useId()
  const textId = useId()
  const keepRef = useRef<HTMLButtonElement>(null)
  const promptRef = useRef<HTMLDivElement>(null)
  const keep = useEffectEvent(onKeep)

  useEffect(() => {
    keepRef.current?.focus()
    // Escape answers the question ("keep it") rather than closing the whole dialog: a
    // prevented keydown is not a request to close the <dialog>.
    const prompt = promptRef.current
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return
      event.preventDefault()
      event.stopPropagation()
      keep()
    }
    prompt?.addEventListener('keydown', onKeyDown)
    return () => prompt?.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <div
      ref={promptRef}
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={textId}
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <h3 id={headingId} className="font-semibold">
        Clear this paste?
      </h3>
      <p id={textId} className="mt-1 text-sm">
        The pasted text and your fixes to its rows will be removed. Numbers already added stay
        added.
      </p>
      <div className="mt-3 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button ref={keepRef} onClick={onKeep}>
          Keep it
        </Button>
        <Button variant="danger" onClick={onClear}>
          Clear paste
        </Button>
      </div>
    </div>
  )
}
