import { type Ref } from 'react'

import { isApiError } from '@/lib/api/api-error'

import { saveFailureMessage } from './save-failure-message'

/** A failed save: what happened, and the trace ID support will ask for. */
export function FormErrorAlert({ error, ref }: { error: unknown; ref?: Ref<HTMLDivElement> }) {
  const traceID = isApiError(error) ? error.traceID : undefined
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">Could not save the number.</p>
      <p className="mt-1">{saveFailureMessage(error)}</p>
      {traceID ? (
        <p className="mt-1 text-xs">
          Trace ID: <code className="font-mono select-all">{traceID}</code>
        </p>
      ) : null}
    </div>
  )
}
