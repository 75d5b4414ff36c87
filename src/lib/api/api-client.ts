import { type z } from 'zod'

import { ApiError } from './api-error'
import { CSRF_HEADERS } from './csrf-headers'
import { problemToApiError } from './problem-details'
import { readBodyText } from './read-body-text'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface ApiCredentials {
  accessToken: string
  apiBaseUrl: string
}

export interface ApiClientConfig {
  /**
   * A pasted or demo token (the developer option), or null for the gateway's cookie
   * session: then calls go to `sessionApiBaseUrl` with no Authorization header at all.
   */
  getCredentials: () => ApiCredentials | null
  /** Where `/v4/...` lives for a cookie session: the gateway on this origin. */
  sessionApiBaseUrl?: string
  timeoutMs: number
  fetch?: typeof globalThis.fetch
  /**
   * Called when the token is refused (401). Resolve true once the user has signed in
   * again: the request is then sent once more with the new token. A 401 means the server
   * did not act on the request, so replaying it cannot apply a write twice.
   */
  onUnauthorized?: (error: ApiError) => Promise<boolean>
  /** Told of every refused request (401 or 403), e.g. to turn the page view-only. */
  onRefused?: (error: ApiError, method: HttpMethod) => void
}

export interface RequestOptions<Schema extends z.ZodType> {
  method?: HttpMethod
  body?: unknown
  /** Parses a response body; a body that does not fit is a `contract` error. */
  schema: Schema
  signal?: AbortSignal | undefined
  /** Lets a request outlive the page, for a removal sent as the tab closes. */
  keepalive?: boolean
}

export interface ApiClient {
  /** Resolves to the parsed body, or null when a 2xx answer had no body (e.g. 204). */
  request<Schema extends z.ZodType>(
    path: string,
    options: RequestOptions<Schema>,
  ): Promise<z.output<Schema> | null>
}

/** The body's JSON: null for an empty body, undefined for one that is not JSON. */
async function readJson(response: Response): Promise<unknown> {
  const text = await readBodyText(response)
  if (!text.trim()) return null
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

function transportError(error: unknown, timedOut: boolean): ApiError {
  if (timedOut) {
    return new ApiError({
      kind: 'timeout',
      status: 0,
      title: 'The server took too long to answer.',
      detail: 'Check your connection and try again.',
      cause: error,
    })
  }
  return new ApiError({
    kind: 'network',
    status: 0,
    title: 'Could not reach the server.',
    detail: 'Check your connection and try again.',
    cause: error,
  })
}

export function createApiClient(config: ApiClientConfig): ApiClient {
  const fetchImpl = config.fetch ?? globalThis.fetch.bind(globalThis)
  let pendingSignIn: Promise<boolean> | null = null

  function signInAgain(error: ApiError): Promise<boolean> {
    if (!config.onUnauthorized) return Promise.resolve(false)
    // Several requests can fail at once; the user is asked once.
    pendingSignIn ??= config.onUnauthorized(error).finally(() => {
      pendingSignIn = null
    })
    return pendingSignIn
  }

  async function send<Schema extends z.ZodType>(
    path: string,
    options: RequestOptions<Schema>,
  ): Promise<z.output<Schema> | null> {
    const credentials = config.getCredentials()
    const baseUrl = credentials?.apiBaseUrl ?? config.sessionApiBaseUrl
    if (baseUrl === undefined) {
      throw new ApiError({ kind: 'http', status: 401, title: 'You are signed out.' })
    }
    const timeout = AbortSignal.timeout(config.timeoutMs)
    const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      ...CSRF_HEADERS,
    }
    if (credentials) headers.Authorization = `Bearer ${credentials.accessToken}`
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'

    let response: Response
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        method: options.method ?? 'GET',
        headers,
        body: options.body === undefined ? null : JSON.stringify(options.body),
        signal,
        keepalive: options.keepalive ?? false,
        // The gateway's session cookie on this origin; never a cookie to anyone else.
        credentials: 'same-origin',
        referrerPolicy: 'no-referrer',
      })
    } catch (error) {
      // A caller's own abort (a query cancelled on unmount) is not a failure to report.
      if (options.signal?.aborted) throw error
      throw transportError(error, timeout.aborted)
    }

    let body: unknown
    try {
      body = await readJson(response)
    } catch (error) {
      // The connection dropped, or the time ran out, while the body was coming.
      if (options.signal?.aborted) throw error
      throw transportError(error, timeout.aborted)
    }
    if (!response.ok) {
      const error = problemToApiError(response.status, body, response.headers.get('Retry-After'))
      if (error.status === 401 || error.status === 403)
        config.onRefused?.(error, options.method ?? 'GET')
      throw error
    }
    if (body === null) return null
    const parsed = options.schema.safeParse(body)
    if (!parsed.success) {
      throw new ApiError({
        kind: 'contract',
        status: response.status,
        title: "The server's answer was not understood.",
        detail: `Unexpected response from ${options.method ?? 'GET'} ${path}.`,
        traceID: response.headers.get('X-Trace-ID') ?? undefined,
        cause: parsed.error,
      })
    }
    return parsed.data
  }

  return {
    async request(path, options) {
      const tokenSent = config.getCredentials()?.accessToken
      try {
        return await send(path, options)
      } catch (error) {
        if (!(error instanceof ApiError) || !error.needsSignIn) throw error
        // Sent with a token that has since been replaced (the user signed in again while
        // this was in flight): try the new one before asking anyone.
        const replaced = config.getCredentials()?.accessToken !== tokenSent
        if (replaced || (await signInAgain(error))) return send(path, options)
        throw error
      }
    },
  }
}
