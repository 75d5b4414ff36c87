import { CSRF_HEADERS } from './csrf-headers'

/** A first page asks for its data within seconds; a later visit asks the server afresh. */
const freshForMs = 10_000

interface EarlyRequest {
  accessToken: string
  sentAt: number
  response: Promise<Response>
}

const sent = new Map<string, EarlyRequest>()

/** The headers of every API request: the client's and the early ones are the same request. */
export function apiRequestHeaders(
  accessToken: string | undefined,
  hasBody: boolean,
): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...CSRF_HEADERS,
  }
  if (accessToken !== undefined) headers.Authorization = `Bearer ${accessToken}`
  if (hasBody) headers['Content-Type'] = 'application/json'
  return headers
}

/**
 * Sends, while the page's code is still loading, GET requests its page is sure to make, so
 * that their answers are on the way before the components that ask for them exist. Only
 * with a token held by the tab: the client would send these very requests.
 */
export function sendEarly(url: string, accessToken: string): void {
  const response = fetch(url, {
    method: 'GET',
    headers: apiRequestHeaders(accessToken, false),
    credentials: 'same-origin',
    referrerPolicy: 'no-referrer',
  })
  // Read by the client, or never: a failure is the client's to report when it asks.
  response.catch(() => undefined)
  sent.set(url, { accessToken, sentAt: Date.now(), response })
}

/**
 * The answer to a request sent early, once, if it was sent with the same token and not too
 * long ago; otherwise undefined, and the client sends the request itself.
 */
export function takeEarly(
  url: string,
  accessToken: string | undefined,
): Promise<Response> | undefined {
  const early = sent.get(url)
  if (!early) return undefined
  sent.delete(url)
  if (early.accessToken !== accessToken || Date.now() - early.sentAt > freshForMs) return undefined
  return early.response
}

/** For tests: forgets every request sent early. */
export function forgetEarlyRequests(): void {
  sent.clear()
}
