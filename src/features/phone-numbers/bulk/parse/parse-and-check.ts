import { applyDraft, type BulkDraft } from './bulk-draft'
import { checkRows } from './check-rows'
import { type CheckedRow } from './checked-row'
import { type ParsedPaste, parsePaste, type ParsePasteOptions } from './parse-paste'

export interface PasteCheckOptions extends ParsePasteOptions {
  /** The business's active numbers in E.164. */
  registered: ReadonlySet<string>
  /** A restored draft's fixes and removals, applied before checking. */
  fixes?: Pick<BulkDraft, 'edits' | 'removedLines'> | undefined
}

export interface CheckedPaste extends Omit<ParsedPaste, 'rows'> {
  rows: CheckedRow[]
}

/** The whole preview pipeline, pure: what the worker runs, and the main thread for small pastes. */
export function parseAndCheck(text: string, options: PasteCheckOptions): CheckedPaste {
  const { rows, ...paste } = parsePaste(text, options)
  const fixed = options.fixes ? applyDraft(rows, options.fixes) : rows
  return { ...paste, rows: checkRows(fixed, { registered: options.registered }) }
}
