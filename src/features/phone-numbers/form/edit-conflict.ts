import { type PhoneNumber, type PhoneNumberInput } from '../api/phone-number-schemas'

export type EditConflict = { kind: 'changed'; current: PhoneNumber } | { kind: 'removed' }

type Version = Pick<PhoneNumber, 'updatedTime' | 'name' | 'phoneNumber'>

function sameVersion(a: Version, b: Version): boolean {
  return a.updatedTime === b.updatedTime && a.name === b.name && a.phoneNumber === b.phoneNumber
}

/**
 * Whether saving `attempted` would overwrite a change the user has not seen: `opened` is the
 * record as the form opened it (or as the user last accepted it), `current` as the server
 * holds it now. Thumbtack has no ETags or If-Match, so the check is a read just before the
 * write: a small window remains, but an edit made while the form sat open is caught.
 */
export function findEditConflict(
  opened: Version,
  current: PhoneNumber | undefined,
  attempted: PhoneNumberInput,
): EditConflict | null {
  if (!current || current.isDeleted) return { kind: 'removed' }
  if (sameVersion(opened, current)) return null
  // The server already holds exactly what is being saved (our own earlier save whose answer
  // was lost, say): there is nothing of anyone else's to overwrite.
  if (current.name === attempted.name && current.phoneNumber === attempted.phoneNumber) return null
  return { kind: 'changed', current }
}
