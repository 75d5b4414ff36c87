import { Button } from '@/components/ui/button'
import { csvFileName, downloadCsv } from '@/lib/csv/download-csv'

import { type PhoneNumber } from '../api/phone-number-schemas'

import { numbersToCsv } from './numbers-csv'

/** Downloads exactly what the list shows now, however many rows that is. */
export function ExportCsvButton({
  numbers,
  businessName,
}: {
  numbers: readonly PhoneNumber[]
  businessName: string
}) {
  return (
    <Button
      disabled={numbers.length === 0}
      onClick={() => {
        downloadCsv(numbersToCsv(numbers), csvFileName(businessName, 'numbers', new Date()))
      }}
    >
      Export CSV
    </Button>
  )
}
