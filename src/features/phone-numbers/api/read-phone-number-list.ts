import { z } from 'zod'
import { INVALID } from 'zod/v4/core'

import { readListAsSent } from './list-as-sent'
import { parseWellFormedList } from './phone-number-list-parser.generated'
import { type PhoneNumber, phoneNumberListSchema } from './phone-number-schemas'

/**
 * The list of numbers, read by zod. The app's CSP forbids eval, so zod's runtime parser runs
 * jitless, and over 10,000 records it is most of the time between the list's arrival and
 * its first rows. So a list zod would only copy (what a well-behaved server sends) is
 * checked and kept as parsed (list-as-sent.ts); another well-formed list is read by the
 * parser zod's compiler built ahead of time for `wellFormedPhoneNumberListSchema`, many
 * times faster than zod's runtime; any other list by `phoneNumberListSchema` itself, which
 * fixes what it can and refuses the rest with zod's own issues. A test holds the three
 * readings to the same answers over a corpus that includes hostile records.
 */
export const fastPhoneNumberListSchema = z
  .unknown()
  .transform((value, context): { phoneNumbers: PhoneNumber[] } => {
    const asSent = readListAsSent(value)
    if (asSent) return asSent
    const wellFormed = parseWellFormedList(value)
    if (wellFormed !== INVALID) return wellFormed
    const parsed = phoneNumberListSchema.safeParse(value)
    if (parsed.success) return parsed.data
    for (const issue of parsed.error.issues) context.addIssue({ ...issue, input: undefined })
    return z.NEVER
  })
