import { buildCsv } from '@/lib/csv/build-csv'
import { formatNational } from '@/lib/phone/format-national'

import { type PhoneNumber } from '../api/phone-number-schemas'

const header = ['Name', 'Phone number (E.164)', 'Phone number', 'Last activity', 'Added', 'Status']

/**
 * The current view as CSV; every cell goes through the formula-safe cell writer. With a
 * byte order mark, so Excel reads names with accents correctly.
 */
export function numbersToCsv(numbers: readonly PhoneNumber[]): string {
  return buildCsv(
    header,
    numbers.map((number) => [
      number.name,
      number.phoneNumber,
      formatNational(number.phoneNumber),
      number.lastActivityTime ?? '',
      number.createdTime ?? '',
      number.isDeleted ? 'Removed' : 'Active',
    ]),
    { bom: true },
  )
}
