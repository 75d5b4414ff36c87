import { z } from 'zod'

import { draftSchema } from '../parse/bulk-draft'
import { type CheckedRow, checkedRowSchema } from '../parse/checked-row'
import { columnsSchema } from '../parse/detect-header'
import { type CheckedPaste, parseAndCheck } from '../parse/parse-and-check'

/*
 * The messages between the page and the parse worker, parsed with zod on both sides: a
 * worker from an older deployment (a cached chunk) or a bug must not put malformed rows in
 * the preview. Rows come back in batches, so that no single message takes the page long to
 * receive and check.
 */
export const parseRequestSchema = z.object({
  text: z.string(),
  columns: draftSchema.shape.columns.optional(),
  header: draftSchema.shape.header.optional(),
  registered: z.array(z.string()),
  fixes: draftSchema.pick({ edits: true, removedLines: true }).optional(),
})
export type ParseRequest = z.infer<typeof parseRequestSchema>

export const parseReplySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rows'), rows: z.array(checkedRowSchema) }),
  z.object({
    kind: z.literal('done'),
    header: z.array(z.string()).nullable(),
    delimiter: z.string(),
    columns: columnsSchema,
    columnCount: z.int().min(0),
  }),
  z.object({ kind: z.literal('error'), message: z.string() }),
])
export type ParseReply = z.infer<typeof parseReplySchema>

// Each batch is checked (zod) on the page's main thread as it arrives: 500 rows take a few
// milliseconds there, so that even a busy phone stays far from a long task.
export const REPLY_BATCH = 500

/** The worker's side: one request in, its replies out (rows in batches, then `done`). */
export function answerParseRequest(data: unknown): ParseReply[] {
  const request = parseRequestSchema.safeParse(data)
  if (!request.success) return [{ kind: 'error', message: 'The paste could not be read.' }]
  const { text, registered, ...options } = request.data
  let checked: CheckedPaste
  try {
    checked = parseAndCheck(text, { ...options, registered: new Set(registered) })
  } catch {
    return [{ kind: 'error', message: 'The paste could not be read.' }]
  }
  const { rows, ...paste } = checked
  const replies: ParseReply[] = []
  for (let i = 0; i < rows.length; i += REPLY_BATCH) {
    replies.push({ kind: 'rows', rows: rows.slice(i, i + REPLY_BATCH) })
  }
  return [...replies, { kind: 'done', ...paste }]
}

/** The page's side: a reply checked, or null when it is not one. */
export function readParseReply(data: unknown): ParseReply | null {
  const reply = parseReplySchema.safeParse(data)
  return reply.success ? reply.data : null
}

export function assemble(
  rows: CheckedRow[],
  done: Extract<ParseReply, { kind: 'done' }>,
): CheckedPaste {
  const { kind: _kind, ...paste } = done
  return { ...paste, rows }
}
