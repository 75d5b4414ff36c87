import { type RefObject, useEffect, useEffectEvent, useRef, useState } from 'react'

import { type BulkDraft } from '../parse/bulk-draft'
import { type CheckedRow } from '../parse/checked-row'
import { withRecordedRefusals } from '../parse/draft-refusals'
import { type CheckedPaste } from '../parse/parse-and-check'
import { parseInWorker } from '../worker/parse-in-worker'

/** Typing re-reads the paste after this pause; a paste, a file or a column choice at once. */
export const TYPING_DELAY_MS = 250

export interface PasteResult {
  /** What the rows were read from: while the draft differs, a new reading is on its way. */
  text: string
  columns: BulkDraft['columns']
  header: BulkDraft['header']
  meta: Omit<CheckedPaste, 'rows'>
  rows: CheckedRow[]
  /** The registered numbers the rows were checked against. */
  registered: ReadonlySet<string>
}

/**
 * The draft's text read into checked rows, off the main thread when large, again whenever
 * the text or a column choice changes (or `generation` is bumped: the fixes alone changed).
 * The fixes and refusals are read from `latest` as the reading starts.
 */
export function usePasteReading(
  draft: BulkDraft,
  latest: RefObject<{ draft: BulkDraft }>,
  registered: ReadonlySet<string>,
  generation: number,
) {
  const [result, setResult] = useState<PasteResult | null>(null)
  const [failedText, setFailedText] = useState<string | null>(null)
  // The first reading (a restored draft) and pasted or chosen text skip the typing pause.
  const immediate = useRef(true)

  const { text, columns, header } = draft
  const readInput = useEffectEvent(() => ({ fixes: latest.current.draft, registered }))
  useEffect(() => {
    if (text.trim() === '') return
    const controller = new AbortController()
    const timer = window.setTimeout(
      () => {
        immediate.current = false
        const { fixes, registered: against } = readInput()
        const options = { registered: against, columns, header, fixes }
        parseInWorker(text, options, { signal: controller.signal }).then(
          ({ rows: read, ...meta }) => {
            setFailedText(null)
            const rows = withRecordedRefusals(read, fixes, { registered: against })
            setResult({ text, columns, header, meta, rows, registered: against })
          },
          () => {
            if (!controller.signal.aborted) setFailedText(text)
          },
        )
      },
      immediate.current ? 0 : TYPING_DELAY_MS,
    )
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [text, columns, header, generation])

  const empty = text.trim() === ''
  const readFailed = !empty && failedText === text
  const reading =
    !empty &&
    !readFailed &&
    (result?.text !== text || result.columns !== columns || result.header !== header)

  return {
    result,
    setResult,
    /** The rows to show: none for an empty paste, whatever an older reading left. */
    current: empty ? null : result,
    reading,
    readFailed,
    /** Set before a change that must be read at once (a paste, a file, a column choice). */
    immediateRef: immediate,
  }
}
