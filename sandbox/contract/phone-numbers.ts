import { z } from 'zod'
import { numericIDSchema, rfc3339Schema, US_E164 } from './fields.ts'

// The sandbox's answers, strict so that an extra or a missing field fails a test. The
// client's own schema (src/) is lenient on purpose: it must survive Thumbtack adding one.

export const phoneNumberRecordSchema = z.strictObject({
  phoneNumberID: numericIDSchema,
  businessID: numericIDSchema,
  phoneNumber: z.string().regex(US_E164),
  createdTime: rfc3339Schema,
  updatedTime: rfc3339Schema,
  lastActivityTime: rfc3339Schema,
  isDeleted: z.boolean(),
  name: z.string().min(1).max(100),
})
export type PhoneNumberRecord = z.output<typeof phoneNumberRecordSchema>

export const phoneNumberListSchema = z.strictObject({
  phoneNumbers: z.array(phoneNumberRecordSchema),
})
