import { useLayoutEffect, useRef } from 'react'

import { useFocusOnMount } from './use-focus-on-mount'

interface PasteTextAreaProps {
  id: string
  describedBy: string
  text: string
  onText: (text: string, how: 'typed' | 'pasted') => void
}

const PASTE_INPUT_TYPES = new Set(['insertFromPaste', 'insertFromDrop', 'insertFromYank'])
/** About 600 lines: from here a paste is put in place by value (see onPaste). */
const BY_VALUE_FROM_CHARS = 20_000

/** The text as pasted or typed; a paste is read at once, typing after a pause. */
export function PasteTextArea({ id, describedBy, text, onText }: PasteTextAreaProps) {
  const ref = useRef<HTMLTextAreaElement>(null)
  // Set by the paste event, read by the change it causes (before any re-render).
  const pasting = useRef(false)
  // Where the caret goes once a large paste, put in place by value, has been rendered.
  const caret = useRef<number | null>(null)
  useFocusOnMount(ref)

  useLayoutEffect(() => {
    const at = caret.current
    caret.current = null
    if (at !== null) ref.current?.setSelectionRange(at, at)
  })

  return (
    <textarea
      ref={ref}
      id={id}
      value={text}
      rows={5}
      spellCheck={false}
      autoComplete="off"
      aria-describedby={describedBy}
      // Laid out on its own: a long paste is many layout objects, which must not be laid
      // out again each time the preview below changes.
      className="h-36 min-h-24 resize-y rounded-md border border-control bg-white px-3 py-2 font-mono text-sm text-slate-900 [contain:strict] dark:bg-slate-900 dark:text-slate-100"
      onPaste={(event) => {
        const pasted = event.clipboardData.getData('text/plain')
        if (pasted.length < BY_VALUE_FROM_CHARS) {
          pasting.current = true
          return
        }
        // The browser's own paste edits the text area's inner DOM line by line, slowly; set
        // by value it is one step, and a very long paste is then shown collapsed instead
        // (see PasteInput). Undo is lost for this one paste; "Clear" and pasting again remain.
        event.preventDefault()
        const { value, selectionStart, selectionEnd } = event.currentTarget
        const pastedText = pasted.replace(/\r\n?/g, '\n')
        caret.current = selectionStart + pastedText.length
        onText(value.slice(0, selectionStart) + pastedText + value.slice(selectionEnd), 'pasted')
      }}
      onChange={(event) => {
        const { inputType } = event.nativeEvent as InputEvent
        const pasted = pasting.current || PASTE_INPUT_TYPES.has(inputType)
        pasting.current = false
        onText(event.target.value, pasted ? 'pasted' : 'typed')
      }}
    />
  )
}
