import { Download } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { downloadCsv } from '@/lib/csv/download-csv'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { type ExportScope, exportFileName, exportTitle, numbersToCsv } from './numbers-csv'

/** Saves `numbers` as a CSV whose name and first line say what it holds. */
export function downloadNumbers(
  businessName: string,
  scope: ExportScope,
  numbers: readonly PhoneNumber[],
): void {
  const today = new Date()
  const title = exportTitle(businessName, scope, numbers.length, today)
  downloadCsv(numbersToCsv(numbers, title), exportFileName(businessName, scope, today))
}

/** Downloads exactly what the list shows now, however many rows that is. */
export function ExportCsvButton({
  count,
  getNumbers,
  businessName,
  scope,
}: {
  count: number
  /** Called on click: the list may not be sorted in full until then. */
  getNumbers: () => readonly PhoneNumber[]
  businessName: string
  /** The whole list, or the list as searched and filtered. */
  scope: ExportScope
}) {
  return (
    <Button
      title="Export CSV"
      className="max-sm:px-3"
      disabled={count === 0}
      onClick={() => downloadNumbers(businessName, scope, getNumbers())}
    >
      <Download aria-hidden="true" className="size-4" />
      {/* On a phone the icon alone, so that the three actions share one row. */}
      <span className="max-sm:sr-only">Export CSV</span>
    </Button>
  )
}
