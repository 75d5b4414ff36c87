import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'

import { applyOutcome } from '../register/apply-outcome'
import {
  type BulkDraft,
  emptyDraft,
  withEdit,
  withoutRun,
  withRemoved,
  withText,
} from '../parse/bulk-draft'
import { type DraftOwner, loadDraft } from '../parse/draft-store'
import { checkRows } from '../parse/check-rows'
import { type CheckedRow } from '../parse/checked-row'
import { type RegisterOutcome, type RegistrableRow } from '../register/register-outcome'
import { removeRow, retryRows, updateRow } from '../parse/row-edits'

import { useDraftSaving } from './use-draft-saving'
import { type PasteResult, usePasteReading } from './use-paste-reading'
import { useRunRecord } from './use-run-record'

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
  // Numbers a run added or found registered, until the refetched list shows them too.
  const [found, setFound] = useState(NONE)
  const registered = useMemo(
    () => (found.size === 0 ? listed : new Set([...listed, ...found])),
    [listed, found],
  )
  // Bumped to read the text again when only the fixes changed (a draft taken from another tab).
  const [generation, setGeneration] = useState(0)

  const latest = useRef<{ draft: BulkDraft; result: PasteResult | null }>({ draft, result: null })
  const { result, setResult, current, reading, readFailed, immediateRef } = usePasteReading(
    draft,
    latest,
    registered,
    generation,
  )
  useLayoutEffect(() => {
    latest.current = { draft, result }
  })
  const record = useRunRecord(() => latest.current.draft, saving.saveNow)
  // Drafts a file or a sheet replaced in this dialog, by their text (see replaceText).
  const replaced = useRef(new Map<string, BulkDraft>())

  // The list of numbers changed (a refetch after adding): re-check, keeping every fix.
  if (result && result.registered !== registered) {
    setResult({ ...result, rows: checkRows(result.rows, { registered }), registered })
  }

  const editRow = useCallback(
    (line: number, change: RowChange) => {
      const shown = latest.current.result
      const row = shown?.rows.find((candidate) => candidate.line === line)
      if (!shown || !row) return
      const rows = updateRow(shown.rows, line, change, { registered: shown.registered })
      setResult({ ...shown, rows })
      const edit = { numberText: row.numberText, nameText: row.nameText, ...change }
      setDraft((previous) => withEdit(previous, { line, ...edit }))
    },
    [setResult],
  )

  const deleteRow = useCallback(
    (line: number) => {
      const shown = latest.current.result
      if (!shown) return
      setResult({ ...shown, rows: removeRow(shown.rows, line, { registered: shown.registered }) })
      setDraft((previous) => withRemoved(previous, [line]))
    },
    [setResult],
  )

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
      if (how === 'pasted') immediateRef.current = true
      setDraft((previous) => withText(previous, next))
    },
    /**
     * A chosen or dropped file, or another sheet of the workbook: a new paste, where earlier
     * fixes and choices do not apply. The draft it replaces is kept aside by its text, so that
     * choosing that sheet (or file) again brings back its fixes instead of dropping them.
     */
    replaceText: (next: string) => {
      immediateRef.current = true
      const before = latest.current.draft
      if (before.text !== '') replaced.current.set(before.text, before)
      setDraft(replaced.current.get(next) ?? emptyDraft(next))
    },
    setColumns: (next: BulkDraft['columns']) => {
      immediateRef.current = true
      setDraft((previous) => ({ ...previous, columns: next }))
    },
    setHeader: (next: boolean) => {
      immediateRef.current = true
      setDraft((previous) => ({ ...previous, header: next }))
    },
    clear: () => {
      replaced.current.clear()
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
      immediateRef.current = true
      setDraft(incoming)
      setGeneration((previous) => previous + 1)
    },
    /** A run starts, and its rows settle: recorded in the stored draft as they go. */
    runStarted: record.started,
    rowsSettled: record.settled,
    /**
     * After a run: added rows leave the preview and the draft, refused ones carry Thumbtack's
     * message. Saved at once, so that it holds even when the dialog was closed mid-run. A run
     * that stopped with rows left keeps its record, for "120 of 500 already added".
     */
    applyRun: (outcome: RegisterOutcome<RegistrableRow>) => {
      const { draft: before, result: shown } = latest.current
      const recorded =
        record.finish() ??
        withRemoved(
          before,
          outcome.added.map(({ row }) => row.line),
        )
      if (!shown) return
      const next = applyOutcome(shown.rows, outcome, { registered: shown.registered })
      setResult({ ...shown, rows: next.rows, registered: next.registered })
      const landed = [...outcome.added.map(({ row }) => row), ...outcome.alreadyRegistered]
      setFound((previous) => new Set([...previous, ...landed.map((row) => row.e164)]))
      const left = outcome.needsAttention.some((entry) => entry.retryable)
      const kept = next.rows.length === 0 ? emptyDraft() : left ? recorded : withoutRun(recorded)
      saving.saveNow(kept)
      setDraft(kept)
    },
  }
}
