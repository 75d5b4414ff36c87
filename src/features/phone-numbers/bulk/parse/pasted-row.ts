import { z } from 'zod'

import { parsePhoneInput, type PhoneParseResult } from '@/lib/phone/parse-phone-input'
import { phoneProblems } from '@/lib/phone/phone-problem'

/*
 * The rows of a paste, as zod schemas with their types inferred: checked rows cross from the
 * parse worker to the page, where they are parsed again (see parse-worker-protocol.ts), and
 * this is the one description of them.
 */

export const phoneProblemSchema = z.enum(phoneProblems)

const phoneParseResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), e164: z.string(), national: z.string() }),
  z.object({ ok: z.literal(false), reason: phoneProblemSchema, message: z.string() }),
]) satisfies z.ZodType<PhoneParseResult>

/** What parsePhoneInput said about `text`. */
export const phoneCheckSchema = z.object({ text: z.string(), result: phoneParseResultSchema })
export type PhoneCheck = z.infer<typeof phoneCheckSchema>

/** One record of a paste, as read: nothing judged yet. */
export const pastedRowSchema = z.object({
  /** 1-based line of the paste where the record starts; unique within one paste. */
  line: z.int().min(1),
  /** The source text of the record, for "what was read" (several lines for a quoted line break). */
  raw: z.string(),
  /** The text taken as the phone number: checked by parsePhoneInput, exactly as the add form does. */
  numberText: z.string(),
  /** The text taken as the name, trimmed; empty when the line had none. */
  nameText: z.string(),
  /**
   * parsePhoneInput's answer for numberText, when parsePaste had to parse it to tell the
   * number from the name. checkRows reuses it only while `phone.text` is still numberText.
   */
  phone: phoneCheckSchema.optional(),
})
export type PastedRow = z.infer<typeof pastedRowSchema>

/** parsePhoneInput(row.numberText), reusing the answer the row carries when it is current. */
export function phoneCheckOf(row: PastedRow): PhoneCheck {
  const known = row.phone
  return known?.text === row.numberText
    ? known
    : { text: row.numberText, result: parsePhoneInput(row.numberText) }
}
