import { useEffect, useMemo, useRef, useState } from 'react'

import { cn } from '@/lib/cn'
import { csvFileName, downloadCsv } from '@/lib/csv/download-csv'

import { type DraftOwner } from '../parse/draft-store'
import { attentionRowsOf, needsAttentionCsv } from '../parse/needs-attention-csv'
import { readyRows, summarize } from '../parse/summarize-rows'

import { BulkActions } from './bulk-actions'
import { BulkPreview } from './bulk-preview'
import { ClearPrompt } from './clear-prompt'
import { ColumnChoice } from './column-choice'
import { DraftStatus } from './draft-status'
import { finishedRun } from './finished-run'
import { FinishedState } from './finished-state'
import { LeavePrompt } from './leave-prompt'
import { PasteInput } from './paste-input'
import { RunStatus } from './run-status'
import { SheetPicker } from './sheet-picker'
import { SummaryBar } from './summary-bar'
import { useBulkPaste } from './use-bulk-paste'
import { useBulkRegister } from './use-bulk-register'
import { useFileDrop } from './use-file-drop'
import { useSendGuards } from './use-send-guards'

interface BulkAddFormProps {
  businessName: string
  owner: DraftOwner
  /** The business's active numbers (E.164), from the list. */
  registered: ReadonlySet<string>
  /** "View numbers", once a run has added everything: closes the dialog onto the list. */
  onViewNumbers: () => void
}

/** Paste or choose, check and fix, then add: the whole of "Bulk add" inside its dialog. */
export function BulkAddForm({ businessName, owner, registered, onViewNumbers }: BulkAddFormProps) {
  const paste = useBulkPaste(owner, registered)
  const register = useBulkRegister(owner, businessName, {
    onStart: paste.runStarted,
    onSettled: paste.rowsSettled,
    onOutcome: paste.applyRun,
    onBusy: () => guards.elsewhere.recheck(),
  })
  const [confirmingClear, setConfirmingClear] = useState(false)
  // "Only rows that need fixing" keeps the rows it showed when ticked: a row fixed as you
  // type stays in view instead of vanishing under the cursor.
  const [onlyLines, setOnlyLines] = useState<ReadonlySet<number> | null>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  const clearRef = useRef<HTMLButtonElement>(null)
  const formRef = useRef<HTMLDivElement>(null)
  // Where focus goes once "Clear this paste?" is answered.
  const afterPrompt = useRef<'clear' | 'paste' | null>(null)

  const { run } = register
  const guards = useSendGuards(owner, run, paste.adopt, cancelRef)
  const { sending, locked, leaving } = guards
  const refreshing = run.phase === 'done' && run.refreshing
  const counts = useMemo(() => summarize(paste.rows), [paste.rows])
  const shown = useMemo(
    () => (onlyLines ? paste.rows.filter((row) => onlyLines.has(row.line)) : paste.rows),
    [paste.rows, onlyLines],
  )
  const canAdd = counts.ready > 0 && !paste.reading && !locked && !refreshing
  const finished = run.phase === 'done' && !paste.reading ? finishedRun(run.outcome, counts) : null
  const files = useFileDrop({ disabled: locked, onText: paste.replaceText })

  useEffect(() => {
    if (confirmingClear) return
    const target = afterPrompt.current
    afterPrompt.current = null
    if (target === 'clear') clearRef.current?.focus()
    else if (target === 'paste') formRef.current?.querySelector('textarea')?.focus()
  }, [confirmingClear])

  /** A fresh start: the paste, its fixes, the last run's outcome and any file error go. */
  function startOver() {
    setOnlyLines(null)
    files.clearFileError()
    register.reset()
    paste.clear()
  }

  function downloadAttention() {
    const csv = needsAttentionCsv(attentionRowsOf(paste.rows))
    downloadCsv(csv, csvFileName(businessName, 'needs-attention', new Date()))
  }

  if (finished && run.phase === 'done') {
    return (
      <FinishedState
        finished={finished}
        outcome={run.outcome}
        businessName={businessName}
        refreshing={refreshing}
        onViewNumbers={onViewNumbers}
        // The paste box comes back empty, and takes focus as it mounts.
        onAddMore={startOver}
      />
    )
  }

  return (
    <div
      ref={formRef}
      className={cn(
        'flex flex-col gap-4 rounded-lg',
        files.dragging && 'outline-2 outline-offset-4 outline-brand-600 outline-dashed',
      )}
      {...files.dropTarget}
    >
      {leaving.asking && sending ? (
        <LeavePrompt notSent={guards.notSent} onStay={leaving.stay} onLeave={leaving.leave} />
      ) : null}
      {confirmingClear ? (
        <ClearPrompt
          onKeep={() => {
            afterPrompt.current = 'clear'
            setConfirmingClear(false)
          }}
          onClear={() => {
            afterPrompt.current = 'paste'
            setConfirmingClear(false)
            startOver()
          }}
        />
      ) : null}
      <div inert={confirmingClear || leaving.asking} className="flex flex-col gap-4">
        {/* Two fieldsets: a control added to the text area's fieldset would restyle every
            control in it, the thousands of nodes of a long paste in the text area included. */}
        <fieldset disabled={locked} className="m-0 min-w-0 border-0 p-0">
          <PasteInput
            text={paste.draft.text}
            onText={paste.setText}
            onFile={files.takeFile}
            fileError={files.fileError}
          />
          <SheetPicker
            workbook={files.workbook}
            text={paste.draft.text}
            onChoose={files.chooseSheet}
          />
        </fieldset>
        {paste.meta ? (
          <fieldset disabled={locked} className="m-0 min-w-0 border-0 p-0">
            <ColumnChoice
              {...paste.meta}
              chosen={paste.draft.columns}
              onColumns={paste.setColumns}
              onHeader={paste.setHeader}
            />
          </fieldset>
        ) : null}
        <DraftStatus
          persisted={paste.persisted}
          readFailed={paste.readFailed}
          run={run.phase === 'idle' ? (paste.draft.run ?? null) : null}
          elsewhere={guards.elsewhere.busy}
        />
        <SummaryBar
          counts={counts}
          reading={paste.reading}
          onlyToFix={onlyLines !== null}
          onOnlyToFixChange={(only) => {
            const toFix = paste.rows.filter((row) => row.status === 'needs-fixing')
            setOnlyLines(only ? new Set(toFix.map((row) => row.line)) : null)
          }}
          onDownload={downloadAttention}
        />
        {/* The run and the actions above the rows: a list of thousands scrolls below them. */}
        <RunStatus
          run={run}
          onRetry={(lines) => {
            paste.retry(lines)
            register.retried()
          }}
        />
        <BulkActions
          clearRef={clearRef}
          cancelRef={cancelRef}
          sending={sending}
          locked={locked}
          cancelling={run.phase === 'sending' && run.cancelling}
          canClear={paste.draft.text !== ''}
          canAdd={canAdd}
          readyCount={counts.ready}
          onClear={() => {
            if (paste.draft.text.trim() === '') paste.clear()
            else setConfirmingClear(true)
          }}
          onCancel={register.cancel}
          onAdd={() => register.start(readyRows(paste.rows))}
        />
        <BulkPreview
          rows={shown}
          busy={paste.reading}
          disabled={locked}
          onEdit={paste.editRow}
          onRemove={paste.deleteRow}
        />
      </div>
    </div>
  )
}
