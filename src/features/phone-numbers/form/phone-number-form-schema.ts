import { z } from 'zod'

import { digitsOf, formatNational } from '@/lib/phone/format-national'
import { parsePhoneInput } from '@/lib/phone/parse-phone-input'
import { nameOrNumber, nameProblem } from '@/lib/rules/name-rule'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { alreadyRegisteredMessage } from './find-duplicate'

/** The name as typed, trimmed; blank is allowed (the number stands in: see the form's schema). */
export const nameFieldSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = value === '' ? undefined : nameProblem(value)
    if (message !== undefined) ctx.addIssue({ code: 'custom', message })
  })

function toE164(value: string, ctx: z.RefinementCtx): string {
  const parsed = parsePhoneInput(value)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  }
  return parsed.e164
}

/** What is typed (any common format) in, E.164 out; a refusal carries parsePhoneInput's reason. */
export const phoneFieldSchema = z.string().transform(toE164)

/**
 * The number the record holds, kept as it is when the field still says it: the server
 * accepted it once (its rule is looser than libphonenumber's, which calls an unassigned
 * area code such as 999 invalid), so renaming it must not be refused over a number the user
 * did not touch. The same digits, with or without the leading 1, are the same number.
 */
function isUnchanged(text: string, stored: string): boolean {
  const typed = digitsOf(text)
  const held = digitsOf(stored)
  return typed.length > 0 && (typed === held || `1${typed}` === held)
}

/** The phone field of a form editing `stored`: an unchanged number passes as it is. */
export function phoneFieldSchemaKeeping(stored: string | undefined) {
  if (stored === undefined) return phoneFieldSchema
  return z
    .string()
    .transform((value, ctx) => (isUnchanged(value, stored) ? stored : toE164(value, ctx)))
}

export interface PhoneNumberFormOptions {
  /** The E.164 number of the record being edited: kept, unjudged, while the field says it. */
  storedNumber?: string | undefined
  /** The active number already registered as `e164`, if any (the record being edited excluded). */
  findDuplicate?: ((e164: string) => PhoneNumber | undefined) | undefined
}

/**
 * The form's schema: typed text in, the API's `{ phoneNumber, name }` out. A blank name
 * becomes the number as the list shows it, "(415) 555-2671" (decision 0010), as in Bulk add.
 */
export function phoneNumberFormSchema({
  findDuplicate,
  storedNumber,
}: PhoneNumberFormOptions = {}) {
  return z
    .object({
      phoneNumber: phoneFieldSchemaKeeping(storedNumber).superRefine((e164, ctx) => {
        const duplicate = findDuplicate?.(e164)
        if (duplicate)
          ctx.addIssue({ code: 'custom', message: alreadyRegisteredMessage(duplicate) })
      }),
      name: nameFieldSchema,
    })
    .transform(({ phoneNumber, name }) => ({
      phoneNumber,
      name: nameOrNumber(name, formatNational(phoneNumber)),
    }))
}

export type PhoneNumberFormSchema = ReturnType<typeof phoneNumberFormSchema>
/** The fields as typed. */
export type PhoneNumberFormValues = z.input<PhoneNumberFormSchema>
