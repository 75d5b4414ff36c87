import { type PhoneNumber } from '@/features/phone-numbers/api/phone-number-schemas'

let sequence = 0

/** A registered number with plausible defaults; override only what a test is about. */
export function buildPhoneNumber(overrides: Partial<PhoneNumber> = {}): PhoneNumber {
  sequence += 1
  const suffix = String(1000 + (sequence % 9000)).padStart(4, '0')
  return {
    phoneNumberID: String(5343987659230300000n + BigInt(sequence)),
    businessID: '5343987659230309812',
    phoneNumber: `+1415555${suffix}`,
    name: `Number ${sequence}`,
    createdTime: '2026-01-01T10:00:00Z',
    updatedTime: '2026-01-01T10:00:00Z',
    lastActivityTime: '2026-02-01T10:00:00Z',
    isDeleted: false,
    ...overrides,
  }
}
