import { type Ref } from 'react'

import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

function whatHappened(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong.'
  // The server's own sentence says plainly what this sign-in may not do; its title is jargon.
  if (error.isForbidden)
    return error.detail ?? 'This sign-in may not change numbers for this business.'
  const said = describeError(error)
  if (error.needsSignIn) return `${said} Sign in again, then save once more.`
  // The server may have acted on it: say so instead of inviting a blind retry.
  if (error.outcomeUnknown)
    return `${said} It may or may not have been saved; saving again is safe.`
  return said
}

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
      <p className="mt-1">{whatHappened(error)}</p>
      {traceID ? (
        <p className="mt-1 text-xs">
          Trace ID: <code className="font-mono select-all">{traceID}</code>
        </p>
      ) : null}
    </div>
  )
}
