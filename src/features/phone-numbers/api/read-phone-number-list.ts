import { z } from 'zod'

import { type PhoneNumber, phoneNumberSchema } from './phone-number-schemas'

/**
 * The list of numbers, read by hand with exactly the rules of `phoneNumberSchema`. The
 * app's CSP forbids eval, so zod runs jitless, and checking 10,000 records that way is
 * most of the time between the list's arrival and its first rows. A test holds this to the
 * zod schema's answers over a corpus that includes hostile records.
 */
const OPTIONAL_TIMES = ['createdTime', 'updatedTime', 'lastActivityTime'] as const

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const { hasOwn } = Object

/**
 * Whether a record is already exactly what the zod schema would make of it: a plain object
 * whose fields all have the right type, with none to default or drop. Such records (all of
 * them, from a well-behaved server) are kept as `JSON.parse` made them instead of copied:
 * copying 10,000 records costs more in allocation and garbage collection than checking
 * them, and one walk over the keys is the cheapest check. Sound only while nothing is
 * inherited through `for…in`, which `readPhoneNumberList` makes sure of.
 */
function isAlreadyRead(value: Record<string, unknown>): value is PhoneNumber {
  if (Object.getPrototypeOf(value) !== Object.prototype) return false
  let required = 0
  for (const key in value) {
    const field = value[key]
    switch (key) {
      case 'phoneNumberID':
      case 'phoneNumber':
      case 'name':
        if (typeof field !== 'string') return false
        required++
        break
      case 'isDeleted':
        if (typeof field !== 'boolean') return false
        required++
        break
      case 'businessID':
        if (typeof field !== 'string') return false
        break
      case 'createdTime':
      case 'updatedTime':
      case 'lastActivityTime':
        if (typeof field !== 'string' && field !== null) return false
        break
      default:
        // A key the schema does not know: zod drops it, so the record must be copied.
        return false
    }
  }
  return required === 4
}

/** Whether a script added an enumerable property to every object (`for…in` would see it). */
function prototypeIsPlain(): boolean {
  for (const key in Object.prototype) if (key) return false
  return true
}

/** One record, or null where the zod schema would fail it. */
export function readPhoneNumber(value: unknown, keepAsIs = prototypeIsPlain()): PhoneNumber | null {
  if (!isRecord(value)) return null
  if (keepAsIs && isAlreadyRead(value)) return value
  const { phoneNumberID, businessID, phoneNumber, name, isDeleted } = value
  if (typeof phoneNumberID !== 'string' || typeof phoneNumber !== 'string') return null
  if (businessID !== undefined && typeof businessID !== 'string') return null
  const record: PhoneNumber = {
    phoneNumberID,
    phoneNumber,
    name: typeof name === 'string' ? name : '',
    isDeleted: typeof isDeleted === 'boolean' ? isDeleted : false,
  }
  if (hasOwn(value, 'businessID')) record.businessID = businessID
  for (const key of OPTIONAL_TIMES) {
    const time = value[key]
    // The schema's `.nullish().catch(null)`: a string, null or undefined is kept, else null.
    if (typeof time === 'string' || time === null) record[key] = time
    else if (time !== undefined) record[key] = null
    else if (hasOwn(value, key)) record[key] = undefined
  }
  return record
}

/** The list body `{ phoneNumbers: [...] }`, or null where the zod schema would fail it. */
export function readPhoneNumberList(value: unknown): { phoneNumbers: PhoneNumber[] } | null {
  if (!isRecord(value) || !Array.isArray(value.phoneNumbers)) return null
  const source: unknown[] = value.phoneNumbers
  const phoneNumbers = new Array<PhoneNumber>(source.length)
  const keepAsIs = prototypeIsPlain()
  for (let index = 0; index < source.length; index++) {
    const record = readPhoneNumber(source[index], keepAsIs)
    if (!record) return null
    phoneNumbers[index] = record
  }
  return { phoneNumbers }
}

/**
 * The same reading as a zod schema, for the API client: a body that fails is handed to the
 * zod schema itself, so the error the user's report carries is zod's own.
 */
export const fastPhoneNumberListSchema = z.unknown().transform((value, context) => {
  const list = readPhoneNumberList(value)
  if (list) return list
  const parsed = z.object({ phoneNumbers: z.array(phoneNumberSchema) }).safeParse(value)
  for (const issue of parsed.error?.issues ?? []) context.addIssue({ ...issue, input: undefined })
  return z.NEVER
})
