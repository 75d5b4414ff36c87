import { CSRF_HEADERS } from '@/lib/api/csrf-headers'
import { ApiError } from '@/lib/api/api-error'
import { problemToApiError } from '@/lib/api/problem-details'

import { historyPageSchema, type HistoryPage } from '../model/history-schemas'

const init = (signal?: AbortSignal): RequestInit => ({
  ...(signal ? { signal } : {}),
  headers: { Accept: 'application/json', ...CSRF_HEADERS },
  credentials: 'same-origin',
  cache: 'no-store',
})

async function refusal(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null)
  return problemToApiError(response.status, body, response.headers.get('Retry-After'))
}

const contractError = () =>
  new ApiError({
    kind: 'contract',
    status: 200,
    title: 'The history came back in a shape this app does not understand.',
  })

/** One page of `GET /auth/history`, newest first. */
export async function fetchHistoryPage(
  query: URLSearchParams,
  cursor: string | null,
  signal: AbortSignal,
): Promise<HistoryPage> {
  const search = new URLSearchParams(query)
  if (cursor !== null) search.set('cursor', cursor)
  const response = await fetch(`/auth/history?${search.toString()}`, init(signal))
  if (!response.ok) throw await refusal(response)
  const parsed = historyPageSchema.safeParse(await response.json().catch(() => null))
  if (!parsed.success) throw contractError()
  return parsed.data
}

/** `GET /auth/history.csv`: the whole filtered history, as the gateway builds it. */
export async function fetchHistoryCsv(query: URLSearchParams): Promise<string> {
  const response = await fetch(`/auth/history.csv?${query.toString()}`, init())
  if (!response.ok) throw await refusal(response)
  // text() drops the byte order mark Excel needs to read UTF-8: put it back.
  const text = await response.text()
  return text.startsWith('\uFEFF') ? text : `\uFEFF${text}`
}
