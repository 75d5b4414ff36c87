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

/** `rivera-plumbing-numbers-2026-11-27.csv`: safe on every file system. */
export function csvFileName(businessName: string, today: Date): string {
  const slug =
    businessName
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'business'
  return `${slug}-numbers-${today.toISOString().slice(0, 10)}.csv`
}
