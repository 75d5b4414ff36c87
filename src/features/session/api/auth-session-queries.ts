import { queryOptions } from '@tanstack/react-query'

import { fetchAuthSession } from './auth-session-requests'

/** Kept apart from session-queries.ts, whose full zod schemas stay off the first visit. */
export const authSessionQueries = {
  session: () =>
    queryOptions({
      queryKey: ['auth-session'] as const,
      queryFn: fetchAuthSession,
      // Read once per page load and kept until sign-in or sign-out clear the cache: a session
      // that ends shows up as a 401 on the next call, and the "Sign in again" dialog needs
      // to know, at that moment, who was signed in.
      staleTime: Infinity,
      refetchOnWindowFocus: false,
      retry: false,
    }),
}
