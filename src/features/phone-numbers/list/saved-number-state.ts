import { z } from 'zod'

import { type PhoneNumber } from '../api/phone-number-schemas'

/**
 * The router state the add and edit routes leave on the list after a save: which number to
 * scroll to and highlight. Its ID when the answer named one, else its number (a save whose
 * answer was lost, settled by reading the list again).
 */
export const savedNumberStateSchema = z.object({
  savedNumber: z.union([
    z.object({ phoneNumberID: z.string().min(1) }),
    z.object({ phoneNumber: z.string().min(1) }),
  ]),
})

export type SavedNumberState = z.infer<typeof savedNumberStateSchema>
export type SavedNumber = SavedNumberState['savedNumber']

/** Where the saved number stands in the rows shown; -1 when they do not show it. */
export function indexOfSaved(numbers: readonly PhoneNumber[], saved: SavedNumber): number {
  return 'phoneNumberID' in saved
    ? numbers.findIndex((number) => number.phoneNumberID === saved.phoneNumberID)
    : numbers.findIndex((number) => !number.isDeleted && number.phoneNumber === saved.phoneNumber)
}
