import { type PhoneNumber, phoneNumberSchema } from './phone-number-schemas'

// The fields a record is read by (the well-formed schema has the same).
const fields = Object.keys(phoneNumberSchema.shape)

/** A plain object, whose fields read as unknown: absent ones as undefined. */
function isPlainObject(value: unknown): value is Partial<Record<keyof PhoneNumber, unknown>> {
  return (
    typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
  )
}

/**
 * Whether zod would read `record` into a copy equal to it: a plain object holding only the
 * well-formed schema's fields, each of its type. Read by name, as zod reads them (many
 * times faster than going through the keys); the count of keys rules out any other. Anything
 * else (a key zod drops, another prototype, a field set to `undefined`, which JSON cannot
 * send) is left to zod. Written out field by field: it runs cold, once per record.
 */
function isRecordAsSent(record: unknown): record is PhoneNumber {
  if (!isPlainObject(record)) return false
  const { phoneNumberID, businessID, phoneNumber, name } = record
  const { createdTime, updatedTime, lastActivityTime, isDeleted } = record
  if (typeof phoneNumberID !== 'string' || typeof phoneNumber !== 'string') return false
  if (typeof name !== 'string' || typeof isDeleted !== 'boolean') return false
  let present = 4
  if (businessID !== undefined) {
    if (typeof businessID !== 'string') return false
    present++
  }
  if (createdTime !== undefined) {
    if (createdTime !== null && typeof createdTime !== 'string') return false
    present++
  }
  if (updatedTime !== undefined) {
    if (updatedTime !== null && typeof updatedTime !== 'string') return false
    present++
  }
  if (lastActivityTime !== undefined) {
    if (lastActivityTime !== null && typeof lastActivityTime !== 'string') return false
    present++
  }
  // Its own keys, and its prototype's enumerable ones: none in a list from JSON.
  let keys = 0
  for (const _key in record) keys++
  return keys === present
}

/**
 * A list whose records zod would only copy, read without copying them: the records
 * `JSON.parse` made are the ones kept. A well-behaved server's list always is one, and over
 * 10,000 records the copies cost more than the checks (the allocations, and the garbage
 * collections they bring, between the list's arrival and its first rows). Undefined for
 * any other value, which zod then reads, fixes or refuses as before.
 */
export function readListAsSent(value: unknown): { phoneNumbers: PhoneNumber[] } | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined
  // A script that gave every object one of these fields makes every record's read of it
  // its own: zod's to settle.
  if (fields.some((field) => field in Object.prototype)) return undefined
  const phoneNumbers: unknown = Reflect.get(value, 'phoneNumbers')
  if (!Array.isArray(phoneNumbers) || !areRecordsAsSent(phoneNumbers)) return undefined
  // A new outer object, as zod's: keys beside the list are dropped.
  return { phoneNumbers }
}

/** Every slot read, holes too (for-of reads one as undefined, which zod refuses). */
function areRecordsAsSent(records: unknown[]): records is PhoneNumber[] {
  for (const record of records) if (!isRecordAsSent(record)) return false
  return true
}
