import { type ReactNode, useEffect, useEffectEvent, useId, useRef } from 'react'

import { Button } from '@/components/ui/button'

interface InlinePromptProps {
  heading: string
  children: ReactNode
  /** The safe answer: focused first, and what Escape means. */
  keepLabel: string
  goLabel: string
  goVariant?: 'danger' | 'primary'
  onKeep: () => void
  onGo: () => void
}

/** A question asked inside the dialog ("Clear this paste?", "Stop adding?"); focus on the safe answer. */
export function InlinePrompt(props: InlinePromptProps) {
  const headingId = useId()
  const textId = useId()
  const keepRef = useRef<HTMLButtonElement>(null)
  const promptRef = useRef<HTMLDivElement>(null)
  const keep = useEffectEvent(props.onKeep)

  useEffect(() => {
    keepRef.current?.focus()
    // Escape answers the question (the safe way) rather than closing the whole dialog: a
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
        {props.heading}
      </h3>
      <p id={textId} className="mt-1 text-sm">
        {props.children}
      </p>
      <div className="mt-3 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button ref={keepRef} onClick={props.onKeep}>
          {props.keepLabel}
        </Button>
        <Button variant={props.goVariant ?? 'danger'} onClick={props.onGo}>
          {props.goLabel}
        </Button>
      </div>
    </div>
  )
}
