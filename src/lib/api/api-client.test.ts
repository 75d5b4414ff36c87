import { z } from 'zod'

import { createApiClient, type ApiClientConfig } from './api-client'
import { ApiError } from './api-error'

const credentials = { accessToken: 'token-1', apiBaseUrl: 'https://api.example.test/api' }
const itemSchema = z.object({ id: z.string() })

function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

function clientWith(fetch: ApiClientConfig['fetch'], extra: Partial<ApiClientConfig> = {}) {
  return createApiClient({ getCredentials: () => credentials, timeoutMs: 1000, fetch, ...extra })
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ApiError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('createApiClient', () => {
  it('sends the bearer token to the configured base URL and parses the answer', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(jsonResponse(200, { id: '1' })),
    )
    const result = await clientWith(fetch).request('/v4/things', { schema: itemSchema })
    expect(result).toEqual({ id: '1' })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('https://api.example.test/api/v4/things')
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer token-1')
  })

  it('sends the CSRF header, and with no token the cookie session alone, no Authorization', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(() =>
      Promise.resolve(jsonResponse(200, { id: '1' })),
    )
    const client = createApiClient({
      getCredentials: () => null,
      sessionApiBaseUrl: '/api',
      timeoutMs: 1000,
      fetch,
    })
    await client.request('/v4/things', { schema: itemSchema })
    const [url, init] = fetch.mock.calls[0] ?? []
    expect(url).toBe('/api/v4/things')
    const headers = new Headers(init?.headers)
    expect(headers.get('X-Requested-With')).toBe('numbers-console')
    expect(headers.has('Authorization')).toBe(false)
    expect(init?.credentials).toBe('same-origin')
  })

  it('returns null for an answer without a body, such as 204', async () => {
    const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })))
    await expect(
      clientWith(fetch).request('/v4/x', { method: 'DELETE', schema: itemSchema }),
    ).resolves.toBeNull()
  })

  it('turns Problem Details into an ApiError with every field', async () => {
    const problem = {
      type: 'https://api.thumbtack.com/problems/validation-error',
      title: 'Your request is not valid.',
      status: 400,
      detail: 'One number is not valid.',
      traceID: 'feca66787a0a9ee8',
      errors: [
        { field: 'phoneNumbers[3].phoneNumber', message: 'Not a valid US number.' },
        { unexpected: true },
        'junk',
      ],
    }
    const error = await failureOf(
      clientWith(() => Promise.resolve(jsonResponse(400, problem))).request('/v4/x', {
        method: 'POST',
        body: {},
        schema: itemSchema,
      }),
    )
    expect(error).toMatchObject({
      kind: 'http',
      status: 400,
      title: 'Your request is not valid.',
      detail: 'One number is not valid.',
      traceID: 'feca66787a0a9ee8',
      fieldErrors: [{ field: 'phoneNumbers[3].phoneNumber', message: 'Not a valid US number.' }],
    })
  })

  it('gives a readable title when the error body is not Problem Details', async () => {
    const fetch = () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 }))
    const error = await failureOf(clientWith(fetch).request('/v4/x', { schema: itemSchema }))
    expect(error.title).toBe('The server had a problem.')
    expect(error.outcomeUnknown).toBe(true)
  })

  it('reads Retry-After on a 429', async () => {
    const fetch = () =>
      Promise.resolve(jsonResponse(429, { title: 'Slow down' }, { 'Retry-After': '7' }))
    const error = await failureOf(clientWith(fetch).request('/v4/x', { schema: itemSchema }))
    expect(error.retryAfterSeconds).toBe(7)
  })

  it('reports a network failure as such', async () => {
    const fetch = () => Promise.reject(new TypeError('Failed to fetch'))
    const error = await failureOf(clientWith(fetch).request('/v4/x', { schema: itemSchema }))
    expect(error.kind).toBe('network')
    expect(error.title).toBe('Could not reach the server.')
  })

  it('reports a connection lost while the body was coming as a network failure', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'))
        controller.error(new TypeError('network error'))
      },
    })
    const fetch = () => Promise.resolve(new Response(body, { status: 200 }))
    const error = await failureOf(clientWith(fetch).request('/v4/x', { schema: itemSchema }))
    expect(error.kind).toBe('network')
    expect(error.title).toBe('Could not reach the server.')
  })

  it('gives up after the timeout', async () => {
    const fetch = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(new DOMException('aborted', 'AbortError'))
        })
      })
    const client = createApiClient({ getCredentials: () => credentials, timeoutMs: 20, fetch })
    const error = await failureOf(client.request('/v4/x', { schema: itemSchema }))
    expect(error.kind).toBe('timeout')
  })

  it('calls a 2xx answer that does not fit the schema a contract error', async () => {
    const fetch = () => Promise.resolve(jsonResponse(200, { id: 42 }))
    const error = await failureOf(clientWith(fetch).request('/v4/x', { schema: itemSchema }))
    expect(error.kind).toBe('contract')
  })

  it('tells a missing scope apart from an expired token', async () => {
    const scope = await failureOf(
      clientWith(() =>
        Promise.resolve(
          jsonResponse(401, { type: 'https://api.thumbtack.com/problems/insufficient-scope' }),
        ),
      ).request('/v4/x', { schema: itemSchema }),
    )
    expect(scope.isMissingScope).toBe(true)
    expect(scope.needsSignIn).toBe(false)
  })

  it('waits for a new sign-in after a 401 and sends the request once more', async () => {
    let token = 'expired'
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('Authorization')
      return Promise.resolve(
        auth === 'Bearer fresh' ? jsonResponse(201, { id: '9' }) : jsonResponse(401, {}),
      )
    })
    const onUnauthorized = vi.fn(() => {
      token = 'fresh'
      return Promise.resolve(true)
    })
    const client = createApiClient({
      getCredentials: () => ({ ...credentials, accessToken: token }),
      timeoutMs: 1000,
      fetch,
      onUnauthorized,
    })
    await expect(
      client.request('/v4/x', { method: 'POST', body: { a: 1 }, schema: itemSchema }),
    ).resolves.toEqual({ id: '9' })
    expect(onUnauthorized).toHaveBeenCalledOnce()
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('does not resend a write after a 5xx', async () => {
    const fetch = vi.fn(() => Promise.resolve(jsonResponse(503, { title: 'Unavailable' })))
    await failureOf(
      clientWith(fetch).request('/v4/x', { method: 'POST', body: {}, schema: itemSchema }),
    )
    expect(fetch).toHaveBeenCalledOnce()
  })
})

describe('a 401 for a token already replaced', () => {
  it('is sent again with the new token without asking the user', async () => {
    let token = 'old'
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      const auth = new Headers(init?.headers).get('Authorization')
      // The user signs in again while the first request is in flight.
      token = 'new'
      return Promise.resolve(
        auth === 'Bearer new' ? jsonResponse(200, { id: '1' }) : jsonResponse(401, {}),
      )
    })
    const onUnauthorized = vi.fn(() => Promise.resolve(false))
    const client = createApiClient({
      getCredentials: () => ({ ...credentials, accessToken: token }),
      timeoutMs: 1000,
      fetch,
      onUnauthorized,
    })
    await expect(client.request('/v4/x', { schema: itemSchema })).resolves.toEqual({ id: '1' })
    expect(onUnauthorized).not.toHaveBeenCalled()
  })
})
