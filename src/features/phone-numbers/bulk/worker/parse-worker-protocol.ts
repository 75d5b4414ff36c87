import { z } from 'zod'

import { type CheckedRow } from '../parse/checked-row'
import { type CheckedPaste, parseAndCheck } from '../parse/parse-and-check'

/*
 * The messages between the page and the parse worker, parsed with zod on both sides: a
 * worker from an older deployment (a cached chunk) or a bug must not put malformed rows in
 * the preview. Rows come back in batches, so that no single message takes the page long to
 * receive and check.
 */
const columnsSchema = z.object({ number: z.int().min(0), name: z.int().min(0).nullable() })

export const parseRequestSchema = z.object({
  text: z.string(),
  columns: z.union([z.literal('auto'), columnsSchema]).optional(),
  header: z.union([z.literal('auto'), z.boolean()]).optional(),
  registered: z.array(z.string()),
  fixes: z
    .object({
      edits: z.array(z.object({ line: z.int(), numberText: z.string(), nameText: z.string() })),
      removedLines: z.array(z.int()),
    })
    .optional(),
})
export type ParseRequest = z.infer<typeof parseRequestSchema>

const reasonSchema = z.enum([
  'empty',
  'too-short',
  'too-long',
  'invalid',
  'not-us',
  'has-extension',
  'has-letters',
])
const problemSchema = z.object({
  field: z.enum(['phoneNumber', 'name']).nullable(),
  reason: z.union([reasonSchema, z.enum(['name', 'server'])]),
  message: z.string(),
})
const base = {
  line: z.int().min(1),
  raw: z.string(),
  numberText: z.string(),
  nameText: z.string(),
  name: z.string(),
  nameDefaulted: z.boolean(),
  serverProblem: problemSchema.optional(),
  phone: z.object({
    text: z.string(),
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), e164: z.string(), national: z.string() }),
      z.object({ ok: z.literal(false), reason: reasonSchema, message: z.string() }),
    ]),
  }),
}
const valid = { e164: z.string(), national: z.string() }
const checkedRowSchema = z.discriminatedUnion('status', [
  z.object({ ...base, ...valid, status: z.literal('ready') }),
  z.object({ ...base, ...valid, status: z.literal('repeated'), repeatsLine: z.int() }),
  z.object({ ...base, ...valid, status: z.literal('already-registered') }),
  z.object({
    ...base,
    status: z.literal('needs-fixing'),
    problems: z.array(problemSchema),
    e164: z.string().nullable(),
    national: z.string().nullable(),
  }),
])

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
