import { z } from 'zod'

// Thumbtack's Problem Details (RFC 9457, since 2026-01) all live under this base URI.
export const PROBLEM_BASE = 'https://api.thumbtack.com/problems/'

/** One entry of a validation problem's errors[]: `phoneNumbers[3].name` style fields. */
export const fieldErrorSchema = z.strictObject({ field: z.string(), message: z.string().min(1) })
export type FieldError = z.output<typeof fieldErrorSchema>

export const problemSchema = z.strictObject({
  type: z.string().startsWith(PROBLEM_BASE),
  title: z.string().min(1),
  status: z.number().int(),
  detail: z.string().min(1),
  /** 16 lowercase hex digits, the shape of Thumbtack's own traceIDs. */
  traceID: z.string().regex(/^[0-9a-f]{16}$/),
  errors: z.array(fieldErrorSchema).optional(),
})
export type Problem = z.output<typeof problemSchema>
