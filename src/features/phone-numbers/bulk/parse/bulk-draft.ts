import { z } from 'zod'

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
})
const storedSchema = z.object({ version: z.literal(1), draft: draftSchema })

export type BulkDraft = z.infer<typeof draftSchema>
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

export function emptyDraft(text = ''): BulkDraft {
  return { text, columns: 'auto', header: 'auto', edits: [], removedLines: [] }
}

/**
 * Whose draft: one per business and signed-in user, so that a support agent signing in after
 * a pro on the same tab never sees the pro's paste. `userKey` is stable across sign-ins of
 * the same person (their user ID), not a token.
 */
export interface DraftOwner {
  businessID: string
  userKey: string
}

// Drafts too big for sessionStorage (about 5 MB, so a paste of 100,000 lines) live here
// instead: they survive closing the dialog but not a reload, and saveDraft says so.
const inMemory = new Map<string, BulkDraft>()

const keyFor = ({ businessID, userKey }: DraftOwner) =>
  `numbers-console.bulk-draft.${encodeURIComponent(userKey)}.${businessID}`

/**
 * sessionStorage, per business and user: it survives a reload and signing in again in the
 * same tab (signing out removes only the credentials), while closing the tab forgets the
 * pasted names and numbers. Any failure to reach it (disabled, private mode) means memory only.
 */
function defaultStorage(): DraftStorage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage
  } catch {
    return null
  }
}

export function loadDraft(owner: DraftOwner, storage = defaultStorage()): BulkDraft | null {
  const held = inMemory.get(keyFor(owner))
  if (held) return held
  try {
    const raw = storage?.getItem(keyFor(owner))
    if (!raw) return null
    const parsed = storedSchema.safeParse(JSON.parse(raw))
    if (parsed.success) return parsed.data.draft
  } catch {
    // Unreadable JSON: dropped below, like a draft of an unknown shape.
  }
  forgetStored(owner, storage)
  return null
}

/** Keeps the draft; `persisted: false` when it fits only in memory (the UI may say so). */
export function saveDraft(
  owner: DraftOwner,
  draft: BulkDraft,
  storage = defaultStorage(),
): { persisted: boolean } {
  // Parsed on the way in too: only these fields are ever written, whatever the caller passes.
  const clean = draftSchema.parse(draft)
  if (clean.text.trim() === '') {
    clearDraft(owner, storage)
    return { persisted: true }
  }
  const key = keyFor(owner)
  try {
    if (!storage) throw new Error('No sessionStorage')
    storage.setItem(key, JSON.stringify({ version: 1, draft: clean }))
    inMemory.delete(key)
    return { persisted: true }
  } catch {
    // Quota exceeded. An older, smaller draft must not come back after a reload instead.
    inMemory.set(key, clean)
    forgetStored(owner, storage)
    return { persisted: false }
  }
}

/** After the rows are added, or when the user clears the paste. */
export function clearDraft(owner: DraftOwner, storage = defaultStorage()): void {
  inMemory.delete(keyFor(owner))
  forgetStored(owner, storage)
}

function forgetStored(owner: DraftOwner, storage: DraftStorage | null): void {
  try {
    storage?.removeItem(keyFor(owner))
  } catch {
    // Storage unreachable: nothing can have been kept there either.
  }
}

/** The draft with one row's fix recorded (replacing an earlier fix of that line). */
export function withEdit(draft: BulkDraft, edit: BulkDraft['edits'][number]): BulkDraft {
  return { ...draft, edits: [...draft.edits.filter(({ line }) => line !== edit.line), edit] }
}

/**
 * The draft with its text replaced (the user typed in it): a fix or a removal is kept only
 * while the line it was made on still reads the same, so that inserting a line above never
 * moves a fix onto another row. Appending lines, the usual edit, keeps every fix.
 */
export function withText(draft: BulkDraft, text: string): BulkDraft {
  if (text === draft.text) return draft
  if (draft.edits.length === 0 && draft.removedLines.length === 0) return { ...draft, text }
  // Split as parsePaste counts lines: \r\n, \r and \n each end one.
  const before = draft.text.split(LINE_BREAK)
  const after = text.split(LINE_BREAK)
  const unchanged = (line: number) => before[line - 1] === after[line - 1]
  return {
    ...draft,
    text,
    edits: draft.edits.filter(({ line }) => unchanged(line)),
    removedLines: draft.removedLines.filter(unchanged),
  }
}

const LINE_BREAK = /\r\n?|\n/

export function withRemoved(draft: BulkDraft, lines: readonly number[]): BulkDraft {
  return { ...draft, removedLines: [...new Set([...draft.removedLines, ...lines])] }
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
