import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'

import { applyOutcome } from '../register/apply-outcome'
import {
  type BulkDraft,
  emptyDraft,
  withAdded,
  withEdit,
  withoutRun,
  withRemoved,
  withRunStarted,
  withText,
} from '../parse/bulk-draft'
import { type DraftOwner, loadDraft } from '../parse/draft-store'
import { checkRows } from '../parse/check-rows'
import { type CheckedRow } from '../parse/checked-row'
import { type CheckedPaste } from '../parse/parse-and-check'
import { parseInWorker } from '../worker/parse-in-worker'
import {
  type RegisterOutcome,
  type RegistrableRow,
  type SettledRows,
} from '../register/register-outcome'
import { removeRow, retryRows, updateRow } from '../parse/row-edits'

import { useDraftSaving } from './use-draft-saving'

/** Typing re-reads the paste after this pause; a paste, a file or a column choice at once. */
export const TYPING_DELAY_MS = 250

interface PasteResult {
  /** What the rows were read from: while the draft differs, a new reading is on its way. */
  text: string
  columns: BulkDraft['columns']
  header: BulkDraft['header']
  meta: Omit<CheckedPaste, 'rows'>
  rows: CheckedRow[]
  /** The registered numbers the rows were checked against. */
  registered: ReadonlySet<string>
}

type RowChange = Partial<Pick<CheckedRow, 'numberText' | 'nameText'>>

const NO_ROWS: CheckedRow[] = []
const NONE: ReadonlySet<string> = new Set()

/**
 * The paste as a draft (kept per business and user, see bulk-draft.ts) and as checked rows.
 * The text is read off the main thread when large; row fixes re-check the rows at once and
 * are recorded in the draft by line, so that they survive a reload.
 */
export function useBulkPaste(owner: DraftOwner, listed: ReadonlySet<string>) {
  const [draft, setDraft] = useState(() => loadDraft(owner) ?? emptyDraft())
  const saving = useDraftSaving(owner, draft)
  const [result, setResult] = useState<PasteResult | null>(null)
  const [failedText, setFailedText] = useState<string | null>(null)
  // Numbers a run added or found registered, until the refetched list shows them too.
  const [found, setFound] = useState(NONE)
  const registered = useMemo(
    () => (found.size === 0 ? listed : new Set([...listed, ...found])),
    [listed, found],
  )
  // The first reading (a restored draft) and pasted or chosen text skip the typing pause.
  const immediate = useRef(true)
  // Bumped to read the text again when only the fixes changed (a draft taken from another tab).
  const [generation, setGeneration] = useState(0)
  // The draft as a run in this tab records it, saved as rows are added (see bulk-draft.ts).
  const running = useRef<BulkDraft | null>(null)

  // The list of numbers changed (a refetch after adding): re-check, keeping every fix.
  if (result && result.registered !== registered) {
    setResult({ ...result, rows: checkRows(result.rows, { registered }), registered })
  }

  const latest = useRef({ draft, result })
  useLayoutEffect(() => {
    latest.current = { draft, result }
  })

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
          ({ rows, ...meta }) => {
            setFailedText(null)
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
  const current = empty ? null : result
  const readFailed = !empty && failedText === text
  const reading =
    !empty &&
    !readFailed &&
    (result?.text !== text || result.columns !== columns || result.header !== header)

  const editRow = useCallback((line: number, change: RowChange) => {
    const shown = latest.current.result
    const row = shown?.rows.find((candidate) => candidate.line === line)
    if (!shown || !row) return
    const rows = updateRow(shown.rows, line, change, { registered: shown.registered })
    setResult({ ...shown, rows })
    const edit = { numberText: row.numberText, nameText: row.nameText, ...change }
    setDraft((previous) => withEdit(previous, { line, ...edit }))
  }, [])

  const deleteRow = useCallback((line: number) => {
    const shown = latest.current.result
    if (!shown) return
    setResult({ ...shown, rows: removeRow(shown.rows, line, { registered: shown.registered }) })
    setDraft((previous) => withRemoved(previous, [line]))
  }, [])

  return {
    draft,
    rows: current?.rows ?? NO_ROWS,
    meta: current?.meta ?? null,
    reading,
    readFailed,
    /** False when the draft fits only in memory: it is lost on a reload. */
    persisted: saving.persisted,
    editRow,
    deleteRow,
    setText: (next: string, how: 'typed' | 'pasted') => {
      if (how === 'pasted') immediate.current = true
      setDraft((previous) => withText(previous, next))
    },
    /** A chosen or dropped file: a new paste, earlier fixes and choices do not apply. */
    replaceText: (next: string) => {
      immediate.current = true
      setDraft(emptyDraft(next))
    },
    setColumns: (next: BulkDraft['columns']) => {
      immediate.current = true
      setDraft((previous) => ({ ...previous, columns: next }))
    },
    setHeader: (next: boolean) => {
      immediate.current = true
      setDraft((previous) => ({ ...previous, header: next }))
    },
    clear: () => {
      saving.forget()
      setResult(null)
      setDraft(emptyDraft())
    },
    /** Rows not sent (or not confirmed) through no fault of their own count as ready again. */
    retry: (lines: ReadonlySet<number>) => {
      const shown = latest.current.result
      if (!shown) return
      setResult({ ...shown, rows: retryRows(shown.rows, lines, { registered: shown.registered }) })
    },
    /** The draft as another tab saved it: taken up unless it is what this tab holds. */
    adopt: (next: BulkDraft | null) => {
      const incoming = next ?? emptyDraft()
      if (JSON.stringify(incoming) === JSON.stringify(latest.current.draft)) return
      immediate.current = true
      setDraft(incoming)
      setGeneration((previous) => previous + 1)
    },
    /** A run starts with `ready` rows: recorded in the stored draft before anything is sent. */
    runStarted: (ready: number) => {
      running.current = withRunStarted(latest.current.draft, ready)
      saving.saveNow(running.current)
    },
    /** Rows added leave the stored draft at once, so a tab closed mid-run never sends them again. */
    rowsSettled: (step: SettledRows<RegistrableRow>) => {
      if (!running.current || step.added.length === 0) return
      running.current = withAdded(
        running.current,
        step.added.map(({ line }) => line),
      )
      saving.saveNow(running.current)
    },
    /**
     * After a run: added rows leave the preview and the draft, refused ones carry Thumbtack's
     * message. Saved at once, so that it holds even when the dialog was closed mid-run. A run
     * that stopped with rows left keeps its record, for "120 of 500 already added".
     */
    applyRun: (outcome: RegisterOutcome<RegistrableRow>) => {
      const { draft: before, result: shown } = latest.current
      const record =
        running.current ??
        withRemoved(
          before,
          outcome.added.map(({ row }) => row.line),
        )
      running.current = null
      if (!shown) return
      const next = applyOutcome(shown.rows, outcome, { registered: shown.registered })
      setResult({ ...shown, rows: next.rows, registered: next.registered })
      const landed = [...outcome.added.map(({ row }) => row), ...outcome.alreadyRegistered]
      setFound((previous) => new Set([...previous, ...landed.map((row) => row.e164)]))
      const left = outcome.needsAttention.some((entry) => entry.retryable)
      const kept = next.rows.length === 0 ? emptyDraft() : left ? record : withoutRun(record)
      saving.saveNow(kept)
      setDraft(kept)
    },
  }
}
