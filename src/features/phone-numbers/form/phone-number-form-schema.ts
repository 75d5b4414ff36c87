import { z } from 'zod'

import { parsePhoneInput } from '@/lib/phone/parse-phone-input'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { alreadyRegisteredMessage } from './find-duplicate'

/** The sandbox's limit (sandbox/schemas.ts), itself our best guess at Thumbtack's. */
export const NAME_MAX_LENGTH = 100

function isControl(char: string): boolean {
  const code = char.codePointAt(0) ?? 0
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f)
}

/**
 * Why a trimmed name would be refused, or undefined when it is fine. Mirrors the sandbox's
 * `nameProblem` rule for rule and word for word, so the form says before sending exactly
 * what the server would say after.
 */
export function nameProblem(name: string): string | undefined {
  // Code points, not UTF-16 units: an emoji counts once, as a person would count it.
  const chars = Array.from(name)
  if (chars.length === 0) return 'Enter a name.'
  if (chars.length > NAME_MAX_LENGTH) {
    return `Keep the name to ${NAME_MAX_LENGTH} characters or fewer (this has ${chars.length}).`
  }
  if (chars.some(isControl)) {
    return "The name can't contain control characters such as line breaks, tabs or NUL."
  }
  if (/\p{Cs}/u.test(name)) return 'The name contains an invalid character.'
  return undefined
}

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
