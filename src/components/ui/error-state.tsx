import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

import { Button } from './button'

interface ErrorStateProps {
  /** What was being done, e.g. "Could not load the numbers." */
  heading: string
  error: unknown
  /**
   * Says what went wrong in the user's terms, in place of the server's title and detail:
   * e.g. "This sign-in may not read numbers." from describePermissionError.
   */
  message?: string | null | undefined
  onRetry?: () => void
}

/** Says what happened, with the server's trace ID for support, and a way to try again. */
export function ErrorState({ heading, error, message, onRetry }: ErrorStateProps) {
  const apiError = isApiError(error) ? error : null
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <h2 className="font-semibold">{heading}</h2>
      {message ? (
        <p className="mt-1 text-sm">{message}</p>
      ) : (
        <p className="mt-1 text-sm">
          {apiError ? describeError(apiError) : 'Something went wrong.'}
        </p>
      )}
      {apiError?.traceID ? (
        <p className="mt-1 text-xs">
          Trace ID: <code className="font-mono select-all">{apiError.traceID}</code>
        </p>
      ) : null}
      {onRetry ? (
        <Button className="mt-3" onClick={onRetry}>
          Try again
        </Button>
      ) : null}
    </div>
  )
}
