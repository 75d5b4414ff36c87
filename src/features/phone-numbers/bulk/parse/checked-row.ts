import { z } from 'zod'

import { pastedRowSchema, phoneCheckSchema, phoneProblemSchema } from './pasted-row'

export interface CheckContext {
  /** The business's active numbers in E.164: a row with one of them is skipped. */
  registered: ReadonlySet<string>
}

export const rowProblemSchema = z.object({
  /** null: the row as a whole (Thumbtack refused it without naming a field, or it was not sent). */
  field: z.enum(['phoneNumber', 'name']).nullable(),
  /** parsePhoneInput's reason, 'name' for the name rule, 'server' when Thumbtack refused the row. */
  reason: z.union([phoneProblemSchema, z.enum(['name', 'server'])]),
  message: z.string(),
})
export type RowProblem = z.infer<typeof rowProblemSchema>

const rowBase = pastedRowSchema.extend({
  /** The name to send: the trimmed name text, or the number's national format when empty. */
  name: z.string(),
  nameDefaulted: z.boolean(),
  /** Thumbtack's refusal when the row was last sent; edits (updateRow) drop it. */
  serverProblem: rowProblemSchema.optional(),
  phone: phoneCheckSchema,
})
const valid = { e164: z.string(), national: z.string() }

/** A row judged: exactly one status, each with what it needs. */
export const checkedRowSchema = z.discriminatedUnion('status', [
  rowBase.extend({ ...valid, status: z.literal('ready') }),
  rowBase.extend({
    ...valid,
    status: z.literal('repeated'),
    /** The earlier line with the same number. */
    repeatsLine: z.int(),
  }),
  rowBase.extend({ ...valid, status: z.literal('already-registered') }),
  rowBase.extend({
    status: z.literal('needs-fixing'),
    problems: z.array(rowProblemSchema),
    e164: z.string().nullable(),
    national: z.string().nullable(),
  }),
])
export type CheckedRow = z.infer<typeof checkedRowSchema>

export type RowStatus = CheckedRow['status']
export type ReadyRow = Extract<CheckedRow, { status: 'ready' }>
