import { z } from 'zod'

import type { AuditNumberState } from './audit-entry'

/**
 * What the history reads from Thumbtack's answers and the browser's bodies. Lenient on
 * purpose (extra fields pass, one odd item is skipped): a history row must never make a
 * write fail, and Thumbtack may add fields.
 */
export const numberRecordSchema = z.looseObject({
  phoneNumberID: z.string(),
  phoneNumber: z.string(),
  name: z.string(),
  isDeleted: z.boolean().optional(),
})
export type NumberRecord = z.infer<typeof numberRecordSchema>

const itemsOf = <T>(schema: z.ZodType<T>, items: unknown[]): T[] =>
  items.flatMap((item) => {
    const parsed = schema.safeParse(item)
    return parsed.success ? [parsed.data] : []
  })

const listSchema = z.object({ phoneNumbers: z.array(z.unknown()) })

/** The records of a list or bulk-create answer. */
export function numberRecordsOf(json: unknown): NumberRecord[] {
  const parsed = listSchema.safeParse(json)
  return parsed.success ? itemsOf(numberRecordSchema, parsed.data.phoneNumbers) : []
}

const businessSchema = z.looseObject({ businessID: z.string(), name: z.string() })
export type BusinessSummary = z.infer<typeof businessSchema>
const businessesPageSchema = z.object({ data: z.array(z.unknown()) })

/** The businesses of a GET /businesses answer. */
export function businessesOf(json: unknown): BusinessSummary[] {
  const parsed = businessesPageSchema.safeParse(json)
  return parsed.success ? itemsOf(businessSchema, parsed.data.data) : []
}

/** The browser's body of a create or update. */
export const requestedNumberSchema = z.object({ phoneNumber: z.string(), name: z.string() })
const requestedBulkSchema = z.object({ phoneNumbers: z.array(z.unknown()) })

export function requestedNumbersOf(json: unknown): AuditNumberState[] {
  const parsed = requestedBulkSchema.safeParse(json)
  return parsed.success ? itemsOf(requestedNumberSchema, parsed.data.phoneNumbers) : []
}

export const stateOf = (r: NumberRecord): AuditNumberState => ({
  phoneNumber: r.phoneNumber,
  name: r.name,
  ...(r.isDeleted === undefined ? {} : { isDeleted: r.isDeleted }),
})

/** JSON from a body, or null when it is not JSON. */
export function jsonOf(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return null
  }
}
