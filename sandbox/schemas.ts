import { z } from 'zod'
import { nameProblem } from '../src/lib/rules/name-rule.ts'
import { US_E164 } from './contract/fields.ts'
import type { FieldError } from './contract/problem.ts'

// The one module every route uses to check phone numbers and names, so the rules and
// their messages cannot drift apart between single create, update and bulk create.

export const BULK_MAX = 100

/** Why a string is not a registrable US number, or undefined when it is one. */
export function phoneNumberProblem(value: string): string | undefined {
  if (US_E164.test(value)) return undefined
  if (value.trim() === '') return 'Enter a phone number.'
  if (!/^\+\d+$/.test(value)) {
    return 'Use E.164 form: "+1" then 10 digits, with no spaces or punctuation (e.g. +14155552671).'
  }
  if (value.startsWith('+0')) {
    return 'No country code starts with 0. Only US numbers can be registered: "+1" then 10 digits.'
  }
  if (!value.startsWith('+1')) return 'Only US numbers can be registered: "+1" then 10 digits.'
  const digits = value.length - 2
  if (digits !== 10) return `A US number is "+1" then 10 digits; this has ${digits} after "+1".`
  if (/^\+1[01]/.test(value))
    return "The area code (the 3 digits after +1) can't start with 0 or 1."
  return "The exchange (the 3 digits after the area code) can't start with 0 or 1."
}

const stringField = (example: string) =>
  z.string({
    error: (issue) =>
      issue.input === undefined ? 'This field is required.' : `Must be a string, e.g. ${example}.`,
  })

export const phoneNumberSchema = stringField('"+14155552671"').superRefine((value, ctx) => {
  const message = phoneNumberProblem(value)
  if (message !== undefined) ctx.addIssue({ code: 'custom', message })
})

export const nameSchema = stringField('"Front desk"')
  .trim()
  .superRefine((value, ctx) => {
    const message = nameProblem(value)
    if (message !== undefined) ctx.addIssue({ code: 'custom', message })
  })

/** Body of a single create and of an update: both fields are required. */
export const numberInputSchema = z.object({ phoneNumber: phoneNumberSchema, name: nameSchema })
export type NumberInput = z.output<typeof numberInputSchema>

/** The bulk envelope only; items are checked one by one so each bad one is named. */
export const bulkEnvelopeSchema = z.object({
  phoneNumbers: z
    .array(z.unknown(), { error: 'Send an array of {phoneNumber, name} objects.' })
    .superRefine((items, ctx) => {
      if (items.length === 0) ctx.addIssue({ code: 'custom', message: 'Send at least one number.' })
      if (items.length > BULK_MAX) {
        const message = `Send at most ${BULK_MAX} numbers per request (this has ${items.length}).`
        ctx.addIssue({ code: 'custom', message })
      }
    }),
})

/** `phoneNumbers[3].phoneNumber` style field names, as the contract's errors[] use. */
export function fieldName(path: readonly PropertyKey[]): string {
  let field = ''
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`
    else field += field === '' ? String(key) : `.${String(key)}`
  }
  return field === '' ? 'body' : field
}

export function toFieldErrors(
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): FieldError[] {
  return error.issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path]
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldName([...path, key]),
        message: 'Unknown field.',
      }))
    }
    return [{ field: fieldName(path), message: issue.message }]
  })
}
