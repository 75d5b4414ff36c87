import { Download } from 'lucide-react'

import { Button } from '@/components/ui/button'
import { csvFileName, downloadCsv } from '@/lib/csv/download-csv'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { numbersToCsv } from './numbers-csv'

/** Downloads exactly what the list shows now, however many rows that is. */
export function ExportCsvButton({
  count,
  getNumbers,
  businessName,
}: {
  count: number
  /** Called on click: the list may not be sorted in full until then. */
  getNumbers: () => readonly PhoneNumber[]
  businessName: string
}) {
  return (
    <Button
      title="Export CSV"
      className="max-sm:px-3"
      disabled={count === 0}
      onClick={() => {
        downloadCsv(numbersToCsv(getNumbers()), csvFileName(businessName, 'numbers', new Date()))
      }}
    >
      <Download aria-hidden="true" className="size-4" />
      {/* On a phone the icon alone, so that the three actions share one row. */}
      <span className="max-sm:sr-only">Export CSV</span>
    </Button>
  )
}
