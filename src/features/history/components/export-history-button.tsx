import { useState } from 'react'

import { Button } from '@/components/ui/button'
import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'
import { csvFileName, downloadCsv } from '@/lib/csv/download-csv'

import { fetchHistoryCsv } from '../api/history-requests'

/** Downloads the filtered history as the gateway exports it (formula-safe, with a BOM). */
export function ExportHistoryButton({
  query,
  businessName,
  disabled,
}: {
  /** Asked at the click: "last 7 days" counts from then. */
  query: () => URLSearchParams
  businessName: string
  disabled: boolean
}) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  })
  const exportCsv = async () => {
    setState({ busy: true, error: null })
    try {
      downloadCsv(await fetchHistoryCsv(query()), csvFileName(businessName, 'history', new Date()))
      setState({ busy: false, error: null })
    } catch (error) {
      const message = isApiError(error) ? describeError(error) : 'Try again.'
      setState({ busy: false, error: `The export failed. ${message}` })
    }
  }
  return (
    <div className="flex flex-col items-end gap-1">
      <Button disabled={disabled || state.busy} onClick={() => void exportCsv()}>
        {state.busy ? 'Exporting…' : 'Export CSV'}
      </Button>
      {state.error ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
    </div>
  )
}
