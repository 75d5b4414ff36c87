import { queryOptions } from '@tanstack/react-query'

import { apiClient } from '@/lib/api/client'
import { requireBody } from '@/lib/api/require-body'

import {
  businessesResponseSchema,
  currentUserSchema,
  personasResponseSchema,
} from './session-schemas'

/** Thumbtack pages businesses; a support agent may reach hundreds, so ask for many at once. */
const businessPageSize = 1000

export const sessionQueries = {
  all: () => ['session'] as const,
  personas: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'personas'] as const,
      queryFn: fetchSandboxPersonas,
      staleTime: Infinity,
      retry: false,
    }),
  currentUser: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current-user'] as const,
      queryFn: async ({ signal }) =>
        requireBody(
          await apiClient.request('/v4/users/self', { schema: currentUserSchema, signal }),
          'the signed-in user',
        ),
      staleTime: 5 * 60_000,
    }),
  businesses: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'businesses'] as const,
      queryFn: async ({ signal }) => {
        const page = requireBody(
          await apiClient.request(`/v4/businesses?limit=${businessPageSize}`, {
            schema: businessesResponseSchema,
            signal,
          }),
          'the list of businesses',
        )
        return page.data
      },
      staleTime: 5 * 60_000,
    }),
}

/**
 * The sandbox's demo sign-ins live beside the app, not under the API base URL. Where
 * there is no sandbox (a deployment against Thumbtack itself) this resolves to an empty
 * list and the sign-in page offers only "Use an access token".
 */
async function fetchSandboxPersonas({ signal }: { signal: AbortSignal }) {
  try {
    const response = await fetch('/sandbox/personas', { signal, credentials: 'omit' })
    if (!response.ok) return []
    const parsed = personasResponseSchema.safeParse(await response.json())
    return parsed.success ? parsed.data.personas : []
  } catch (error) {
    if (signal.aborted) throw error
    return []
  }
}
