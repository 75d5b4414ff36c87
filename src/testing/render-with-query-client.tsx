import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, renderHook } from '@testing-library/react'
import { type ReactElement, type ReactNode } from 'react'

/**
 * A client for one test: no retries (a failure shows at once) and nothing goes stale, so a
 * list a test puts in the cache is never refetched behind its back.
 */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } })
}

interface WithQueryClient {
  /** Defaults to createTestQueryClient(); pass one to seed its cache first. */
  queryClient?: QueryClient
}

function providerFor(queryClient: QueryClient) {
  return function Provider({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  }
}

/** render(), inside a QueryClientProvider; returns the client with the result. */
export function renderWithQueryClient(
  ui: ReactElement,
  { queryClient = createTestQueryClient() }: WithQueryClient = {},
) {
  return { ...render(ui, { wrapper: providerFor(queryClient) }), queryClient }
}

/** renderHook(), inside a QueryClientProvider; returns the client with the result. */
export function renderHookWithQueryClient<Result>(
  hook: () => Result,
  { queryClient = createTestQueryClient() }: WithQueryClient = {},
) {
  return { ...renderHook(hook, { wrapper: providerFor(queryClient) }), queryClient }
}
