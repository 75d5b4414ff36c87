import { z } from 'zod'
import {
  charactersOf,
  MAX_PARTS_PER_CHARACTER,
  NAME_MAX_LENGTH,
} from '../../src/lib/rules/name-rule.ts'
import { numericIDSchema, rfc3339Schema, US_E164 } from './fields.ts'

/** 1–100 characters as a person counts them (a family emoji is one), none of them huge. */
const storedNameSchema = z
  .string()
  .min(1)
  .refine((name) => {
    const characters = charactersOf(name)
    return (
      characters.length <= NAME_MAX_LENGTH &&
      characters.every((c) => Array.from(c).length <= MAX_PARTS_PER_CHARACTER)
    )
  }, `at most ${NAME_MAX_LENGTH} characters of at most ${MAX_PARTS_PER_CHARACTER} code points each`)

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
  name: storedNameSchema,
})
export type PhoneNumberRecord = z.output<typeof phoneNumberRecordSchema>

export const phoneNumberListSchema = z.strictObject({
  phoneNumbers: z.array(phoneNumberRecordSchema),
})
