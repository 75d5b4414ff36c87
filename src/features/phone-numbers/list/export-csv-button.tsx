import { Button } from '@/components/ui/button'

import { type PhoneNumber } from '../api/phone-number-schemas'
import { csvFileName, numbersToCsv } from './numbers-csv'

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
        const blob = new Blob([numbersToCsv(numbers)], { type: 'text/csv;charset=utf-8' })
        const url = URL.createObjectURL(blob)
        const link = document.createElement('a')
        link.href = url
        link.download = csvFileName(businessName, new Date())
        link.click()
        // Give the browser a moment to start the download before the URL is revoked.
        window.setTimeout(() => URL.revokeObjectURL(url), 10_000)
      }}
    >
      Export CSV
    </Button>
  )
}
