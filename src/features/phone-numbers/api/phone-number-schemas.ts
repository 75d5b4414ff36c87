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

/** What the API takes to register or update a number. */
export interface PhoneNumberInput {
  phoneNumber: string
  name: string
}
