import { useId, useMemo, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'

import { PasteTextArea } from './paste-text-area'
import { PastedTextSummary } from './pasted-text-summary'
import { ACCEPTED_FILES } from './read-pasted-file'

interface PasteInputProps {
  text: string
  onText: (text: string, how: 'typed' | 'pasted') => void
  /** A file to read, from "Choose file" (a drop is handled by the whole dialog). */
  onFile: (file: File) => void
  fileError: string | null
}

/** From here the paste is summed up rather than shown (see PastedTextSummary). */
export const COLLAPSE_FROM_LINES = 2_000

function countLines(text: string): number {
  let lines = text === '' ? 0 : 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++
  return text.endsWith('\n') ? lines - 1 : lines
}

/** "Paste numbers" and "Choose file": the two ways in. */
export function PasteInput({ text, onText, onFile, fileError }: PasteInputProps) {
  const id = useId()
  const labelId = `${id}-label`
  const hintId = `${id}-hint`
  const errorId = `${id}-file-error`
  const fileRef = useRef<HTMLInputElement>(null)
  const [showText, setShowText] = useState(false)
  const lineCount = useMemo(() => countLines(text), [text])
  const large = lineCount >= COLLAPSE_FROM_LINES
  // Shown as text on request; a later long paste (after Clear, say) is summed up again.
  if (showText && !large) setShowText(false)
  const collapsed = large && !showText

  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-end justify-between gap-2">
        {collapsed ? (
          <span id={labelId} className="text-sm font-medium">
            Paste numbers
          </span>
        ) : (
          <label id={labelId} htmlFor={id} className="text-sm font-medium">
            Paste numbers
          </label>
        )}
        <Button
          size="sm"
          aria-describedby={fileError ? errorId : undefined}
          onClick={() => fileRef.current?.click()}
        >
          Choose file
        </Button>
        {/* Visually hidden, out of the tab order: "Choose file" is the control people use. */}
        <input
          ref={fileRef}
          type="file"
          accept={ACCEPTED_FILES}
          tabIndex={-1}
          aria-hidden="true"
          className="sr-only"
          onChange={(event) => {
            const file = event.target.files?.[0]
            // Cleared, so that choosing the same file again (after fixing it) reads it again.
            event.target.value = ''
            if (file) onFile(file)
          }}
        />
      </div>
      {collapsed ? (
        <PastedTextSummary
          labelId={labelId}
          describedBy={hintId}
          lineCount={lineCount}
          charCount={text.length}
          onShowText={() => setShowText(true)}
        />
      ) : (
        <PasteTextArea id={id} describedBy={hintId} text={text} onText={onText} />
      )}
      <p id={hintId} className="text-sm text-muted">
        One number a line, with a name if you like: “Jane Smith, 415-555-0111”. Spreadsheet columns
        work too, or choose or drop a CSV, TSV, text or Excel (.xlsx) file.
      </p>
      {fileError ? (
        <p id={errorId} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {fileError}
        </p>
      ) : null}
    </div>
  )
}
