import { buildCsv } from '@/lib/csv/build-csv'
import { csvFileName } from '@/lib/csv/download-csv'
import { EXPORT_TITLE_START } from '@/lib/csv/export-title'
import { groupedCount } from '@/lib/format/grouped-count'
import { formatNational } from '@/lib/phone/format-national'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { countLabel } from './count-numbers'
import { type AddedRange, type ListViewState } from './list-view-state'
import { INACTIVE_DAYS } from './number-filters'

const header = ['Name', 'Phone number (E.164)', 'Phone number', 'Last activity', 'Added', 'Status']

/** What a file holds: the whole list, the list as searched and filtered, or the rows ticked. */
export type ExportScope =
  { kind: 'all' } | { kind: 'filtered'; view: ListViewState } | { kind: 'selected' }

const addedWords: Record<AddedRange, string> = {
  any: '',
  '7d': 'added in the last 7 days',
  '30d': 'added in the last 30 days',
  '90d': 'added in the last 90 days',
  older: 'added more than 90 days ago',
}

/** "matching “van”, no activity for 90 days or more": the view in words, for the title. */
export function describeView(view: ListViewState): string {
  return [
    view.search === '' ? '' : `matching “${view.search}”`,
    view.inactive ? `no activity for ${INACTIVE_DAYS} days or more` : '',
    addedWords[view.added],
    view.showRemoved ? 'removed ones included' : '',
  ]
    .filter(Boolean)
    .join(', ')
}

function subjectOf(scope: ExportScope, count: number): string {
  switch (scope.kind) {
    case 'all':
      return `all ${countLabel(count)}`
    case 'filtered':
      return `${countLabel(count)} ${describeView(scope.view)}`.trim()
    case 'selected':
      return `${groupedCount(count)} selected ${count === 1 ? 'number' : 'numbers'}`
  }
}

/** The file's first line: "# Numbers Console export of Rivera Plumbing: all 12 numbers, 2026-12-01". */
export function exportTitle(
  businessName: string,
  scope: ExportScope,
  count: number,
  today: Date,
): string {
  // One line, whatever a name or search holds: a line break would start a record.
  const line = `${EXPORT_TITLE_START} of ${businessName}: ${subjectOf(scope, count)}, ${today.toISOString().slice(0, 10)}`
  return line.replace(/[\r\n]+/g, ' ')
}

/** `rivera-plumbing-numbers-selected-2026-12-01.csv` (the whole list: `…-numbers-2026-12-01.csv`). */
export function exportFileName(businessName: string, scope: ExportScope, today: Date): string {
  return csvFileName(
    businessName,
    scope.kind === 'all' ? 'numbers' : `numbers-${scope.kind}`,
    today,
  )
}

/**
 * The numbers as CSV, under a title line and the column titles; every cell goes through the
 * formula-safe cell writer. With a byte order mark, so Excel reads names with accents correctly.
 */
export function numbersToCsv(numbers: readonly PhoneNumber[], title: string): string {
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
    { bom: true, title },
  )
}
