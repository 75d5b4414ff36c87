import { z } from 'zod'

/**
 * One registered number as Thumbtack lists it. Parsed leniently where the contract is
 * loose: a missing time or flag must not hide a whole list of numbers.
 */
export const phoneNumberSchema = z.object({
  phoneNumberID: z.string(),
  businessID: z.string().optional(),
  phoneNumber: z.string(),
  name: z.string().catch(''),
  createdTime: z.string().nullish().catch(null),
  updatedTime: z.string().nullish().catch(null),
  lastActivityTime: z.string().nullish().catch(null),
  isDeleted: z.boolean().catch(false).default(false),
})
export type PhoneNumber = z.infer<typeof phoneNumberSchema>

/** The list's shape; the app reads it with `fastPhoneNumberListSchema`, held to this one. */
export const phoneNumberListSchema = z.object({ phoneNumbers: z.array(phoneNumberSchema) })

/**
 * The list as a well-behaved server sends it: every field there and of its type, so that
 * nothing is caught or defaulted. Fields Thumbtack may add are dropped, as above. No
 * transform or catch per record, so zod's compiler builds a parser for it ahead of time
 * (phone-number-list-parser.generated.ts); a list it refuses is read with the schema above.
 * list-as-sent.ts checks the same fields by hand, to keep records zod would only copy.
 */
export const wellFormedPhoneNumberListSchema = z.object({
  phoneNumbers: z.array(
    z.object({
      phoneNumberID: z.string(),
      businessID: z.string().optional(),
      phoneNumber: z.string(),
      name: z.string(),
      createdTime: z.string().nullish(),
      updatedTime: z.string().nullish(),
      lastActivityTime: z.string().nullish(),
      isDeleted: z.boolean(),
    }),
  ),
})

/** What the API takes to register or update a number. */
export interface PhoneNumberInput {
  phoneNumber: string
  name: string
}
