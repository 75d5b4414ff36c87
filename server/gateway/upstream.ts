import type { ContractCall } from './allowlist'

/**
 * One call to Thumbtack's API with the session's token. The request is built from scratch:
 * none of the browser's headers (cookies, its own Authorization) are copied.
 */
export interface UpstreamRequest {
  call: ContractCall
  upstreamPath: string
  query: URLSearchParams
  body: ArrayBuffer | undefined
  contentType: string | undefined
  requestID: string
}

export type UpstreamResult =
  { kind: 'response'; response: Response } | { kind: 'unreachable'; reason: string }

export function createUpstream(
  apiBase: string,
  timeoutMs: number,
  fetchImpl: typeof fetch = fetch,
) {
  return async function send(
    request: UpstreamRequest,
    accessToken: string,
  ): Promise<UpstreamResult> {
    const url = new URL(request.upstreamPath, apiBase)
    url.search = request.query.toString()
    const headers = new Headers({
      Accept: 'application/json',
      Authorization: `Bearer ${accessToken}`,
      'X-Request-ID': request.requestID,
    })
    if (request.body !== undefined) {
      headers.set('Content-Type', request.contentType ?? 'application/json')
    }
    try {
      const response = await fetchImpl(url, {
        method: request.call.method,
        headers,
        body: request.body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      })
      return { kind: 'response', response }
    } catch (error) {
      const reason =
        error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'failed'
      return { kind: 'unreachable', reason }
    }
  }
}

export type SendUpstream = ReturnType<typeof createUpstream>

/** Thumbtack's expired-token 401: `detail` says "token is not active". */
export async function isTokenNotActive(response: Response): Promise<boolean> {
  if (response.status !== 401) return false
  const text = await response.clone().text()
  return text.includes('token is not active')
}

// Only these answer headers reach the browser; Set-Cookie and the rest stay behind.
const passedHeaders = ['content-type', 'retry-after', 'www-authenticate', 'x-trace-id']

export function browserHeaders(upstream: Headers): Headers {
  const headers = new Headers({ 'Cache-Control': 'no-store' })
  for (const name of passedHeaders) {
    const value = upstream.get(name)
    if (value !== null) headers.set(name, value)
  }
  return headers
}
