import { formatNational } from '@/lib/phone/format-national'

import { type PhoneNumber } from '../api/phone-number-schemas'

/**
 * The active number in `numbers` registered as `e164`, if any. `exceptID` is the record
 * being edited: keeping its own number is not a duplicate. Removed numbers may be
 * registered again, as the server allows.
 */
export function findActiveDuplicate(
  numbers: readonly PhoneNumber[] | undefined,
  e164: string,
  exceptID?: string,
): PhoneNumber | undefined {
  return numbers?.find(
    (number) =>
      !number.isDeleted && number.phoneNumber === e164 && number.phoneNumberID !== exceptID,
  )
}

export function alreadyRegisteredMessage(duplicate?: PhoneNumber): string {
  if (!duplicate) return 'This number is already registered to this business.'
  const national = formatNational(duplicate.phoneNumber)
  return duplicate.name
    ? `${national} is already registered to this business, as “${duplicate.name}”.`
    : `${national} is already registered to this business.`
}
