import { QueryCache, QueryClient } from '@tanstack/react-query'

import { isApiError } from './api/api-error'

const maxReadRetries = 3

/**
 * Reads are retried when the failure may pass (network, timeout, 5xx, 429), backing off
 * exponentially or as long as `Retry-After` asks. Writes are never retried here: whether
 * a failed write may be sent again is decided by the code that knows what it wrote.
 */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (failureCount >= maxReadRetries) return false
  if (!isApiError(error)) return false
  return error.outcomeUnknown || error.status === 429
}

export function readRetryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, 60_000)
  }
  return Math.min(500 * 2 ** attempt, 8_000)
}

export function createQueryClient(onBackgroundError?: (error: unknown) => void): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        // Only a refetch of data already on screen needs a toast; a first load shows its own error state.
        if (query.state.data !== undefined) onBackgroundError?.(error)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetryRead,
        retryDelay: readRetryDelay,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
}
