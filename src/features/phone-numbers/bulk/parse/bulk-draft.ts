import { z } from 'zod'

import { rowProblemSchema } from './checked-row'
import { columnsSchema } from './detect-header'
import { type PastedRow } from './pasted-row'

/**
 * What a bulk paste looks like mid-way: the text as pasted, the choices made about it, and
 * the fixes, by line. Rows are not stored: they are rebuilt by parsing the text again, which
 * keeps the draft a few times smaller than the rows and its format independent of them.
 */
export const draftSchema = z.object({
  text: z.string(),
  columns: z.union([z.literal('auto'), columnsSchema]),
  header: z.union([z.literal('auto'), z.boolean()]),
  edits: z.array(z.object({ line: z.int().min(1), numberText: z.string(), nameText: z.string() })),
  removedLines: z.array(z.int().min(1)),
  /**
   * A registration run's record, kept as it goes: how many ready rows it set out with and how
   * many it has added (their lines are in removedLines). A tab closed mid-run leaves it, so
   * the next tab can say "120 of 500 already added" and send only the rest.
   */
  run: z.object({ total: z.int().min(1), added: z.int().min(0) }).optional(),
  /**
   * Rows Thumbtack refused, with its message, by line: shown as needing a fix after a reload
   * or in another tab, never sent again as they are. A fix of the line (withEdit) drops it.
   */
  refused: z.array(z.object({ line: z.int().min(1), problem: rowProblemSchema })).optional(),
})

export type BulkDraft = z.infer<typeof draftSchema>

export function emptyDraft(text = ''): BulkDraft {
  return { text, columns: 'auto', header: 'auto', edits: [], removedLines: [] }
}

/** The draft with one row's fix recorded (replacing an earlier fix of that line). */
export function withEdit(draft: BulkDraft, edit: BulkDraft['edits'][number]): BulkDraft {
  const edits = [...draft.edits.filter(({ line }) => line !== edit.line), edit]
  const refused = draft.refused?.filter(({ line }) => line !== edit.line)
  return { ...draft, edits, ...(refused && { refused }) }
}

/** Thumbtack refused these rows: recorded, replacing an earlier refusal of the same line. */
export function withRefused(draft: BulkDraft, entries: NonNullable<BulkDraft['refused']>) {
  if (entries.length === 0) return draft
  const lines = new Set(entries.map(({ line }) => line))
  const kept = (draft.refused ?? []).filter(({ line }) => !lines.has(line))
  return { ...draft, refused: [...kept, ...entries] }
}

/**
 * The draft with its text replaced (the user typed in it): a fix or a removal is kept only
 * while the line it was made on still reads the same, so that inserting a line above never
 * moves a fix onto another row. Appending lines, the usual edit, keeps every fix.
 */
export function withText(draft: BulkDraft, text: string): BulkDraft {
  if (text === draft.text) return draft
  // A run's "120 of 500 already added" no longer describes a text changed since.
  if (draft.edits.length === 0 && draft.removedLines.length === 0 && !draft.refused) {
    return { ...withoutRun(draft), text }
  }
  // Split as parsePaste counts lines: \r\n, \r and \n each end one.
  const before = draft.text.split(LINE_BREAK)
  const after = text.split(LINE_BREAK)
  const unchanged = (line: number) => before[line - 1] === after[line - 1]
  return {
    ...withoutRun(draft),
    text,
    edits: draft.edits.filter(({ line }) => unchanged(line)),
    removedLines: draft.removedLines.filter(unchanged),
    ...(draft.refused && { refused: draft.refused.filter(({ line }) => unchanged(line)) }),
  }
}

const LINE_BREAK = /\r\n?|\n/

export function withRemoved(draft: BulkDraft, lines: readonly number[]): BulkDraft {
  return { ...draft, removedLines: [...new Set([...draft.removedLines, ...lines])] }
}

/** A run starts with `ready` rows, on top of what an earlier run of this draft added. */
export function withRunStarted(draft: BulkDraft, ready: number): BulkDraft {
  const added = draft.run?.added ?? 0
  return { ...draft, run: { total: added + ready, added } }
}

/** Rows the run added, as it goes: out of the draft (never sent again), and counted. */
export function withAdded(draft: BulkDraft, lines: readonly number[]): BulkDraft {
  const next = withRemoved(draft, lines)
  return draft.run
    ? { ...next, run: { ...draft.run, added: draft.run.added + lines.length } }
    : next
}

/** The run is over and nothing of it is left to pick up. */
export function withoutRun(draft: BulkDraft): BulkDraft {
  const { run: _run, ...rest } = draft
  return rest
}

/** The rows parsePaste read from the draft's text, with the draft's fixes and removals applied. */
export function applyDraft(
  rows: readonly PastedRow[],
  draft: Pick<BulkDraft, 'edits' | 'removedLines'>,
): PastedRow[] {
  const removed = new Set(draft.removedLines)
  const edits = new Map(draft.edits.map((edit) => [edit.line, edit]))
  return rows
    .filter((row) => !removed.has(row.line))
    .map((row) => {
      const edit = edits.get(row.line)
      return edit ? { ...row, numberText: edit.numberText, nameText: edit.nameText } : row
    })
}
