import { type PhoneNumber } from './phone-number-schemas'

/** The list with `record` in it: replacing the version with its ID, else appended. */
export function withRecord(
  numbers: readonly PhoneNumber[] | undefined,
  record: PhoneNumber,
): PhoneNumber[] | undefined {
  if (!numbers) return undefined
  const index = numbers.findIndex((number) => number.phoneNumberID === record.phoneNumberID)
  if (index === -1) return [...numbers, record]
  return numbers.map((number, i) => (i === index ? record : number))
}
