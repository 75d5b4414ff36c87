import { z } from 'zod'

import { parsePhoneInput } from '@/lib/phone/parse-phone-input'
import { nameProblem } from '@/lib/rules/name-rule'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { alreadyRegisteredMessage } from './find-duplicate'

export const nameFieldSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const message = nameProblem(value)
    if (message !== undefined) ctx.addIssue({ code: 'custom', message })
  })

/** What is typed (any common format) in, E.164 out; a refusal carries parsePhoneInput's reason. */
export const phoneFieldSchema = z.string().transform((value, ctx) => {
  const parsed = parsePhoneInput(value)
  if (!parsed.ok) {
    ctx.addIssue({ code: 'custom', message: parsed.message })
    return z.NEVER
  }
  return parsed.e164
})

export interface PhoneNumberFormOptions {
  /** The active number already registered as `e164`, if any (the record being edited excluded). */
  findDuplicate?: ((e164: string) => PhoneNumber | undefined) | undefined
}

/** The form's schema: typed text in, the API's `{ phoneNumber, name }` out. */
export function phoneNumberFormSchema({ findDuplicate }: PhoneNumberFormOptions = {}) {
  return z.object({
    phoneNumber: phoneFieldSchema.superRefine((e164, ctx) => {
      const duplicate = findDuplicate?.(e164)
      if (duplicate) ctx.addIssue({ code: 'custom', message: alreadyRegisteredMessage(duplicate) })
    }),
    name: nameFieldSchema,
  })
}

export type PhoneNumberFormSchema = ReturnType<typeof phoneNumberFormSchema>
/** The fields as typed. */
export type PhoneNumberFormValues = z.input<PhoneNumberFormSchema>
