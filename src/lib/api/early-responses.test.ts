import { z } from 'zod'

import { createApiClient } from './api-client'
import { forgetEarlyRequests, sendEarly } from './early-responses'

const base = 'https://api.example.test/api'
const itemSchema = z.object({ id: z.string() })

function clientFor(accessToken: string) {
  const clientFetch = vi.fn<typeof globalThis.fetch>(() =>
    Promise.resolve(Response.json({ id: 'asked-again' })),
  )
  const client = createApiClient({
    getCredentials: () => ({ accessToken, apiBaseUrl: base }),
    timeoutMs: 1000,
    fetch: clientFetch,
  })
  return { client, clientFetch }
}

function stubEarlyFetch(answer: () => Promise<Response>) {
  const earlyFetch = vi.fn<typeof globalThis.fetch>(answer)
  vi.stubGlobal('fetch', earlyFetch)
  return earlyFetch
}

afterEach(() => {
  forgetEarlyRequests()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('requests sent early', () => {
  it('answers the client from the request sent early, sent with the same headers', async () => {
    const earlyFetch = stubEarlyFetch(() => Promise.resolve(Response.json({ id: 'early' })))
    sendEarly(`${base}/v4/things`, 'token-1')
    const { client, clientFetch } = clientFor('token-1')

    await expect(client.request('/v4/things', { schema: itemSchema })).resolves.toEqual({
      id: 'early',
    })
    expect(clientFetch).not.toHaveBeenCalled()
    const headers = new Headers(earlyFetch.mock.calls[0]?.[1]?.headers)
    expect(headers.get('Authorization')).toBe('Bearer token-1')
    expect(headers.get('X-Requested-With')).toBe('numbers-console')
    expect(headers.get('Accept')).toBe('application/json, application/problem+json')
  })

  it('is used once: the next read of the same path asks the server again', async () => {
    stubEarlyFetch(() => Promise.resolve(Response.json({ id: 'early' })))
    sendEarly(`${base}/v4/things`, 'token-1')
    const { client, clientFetch } = clientFor('token-1')

    await client.request('/v4/things', { schema: itemSchema })
    await expect(client.request('/v4/things', { schema: itemSchema })).resolves.toEqual({
      id: 'asked-again',
    })
    expect(clientFetch).toHaveBeenCalledTimes(1)
  })

  it('is not used for another token, nor once it is more than a few seconds old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    stubEarlyFetch(() => Promise.resolve(Response.json({ id: 'early' })))
    sendEarly(`${base}/v4/things`, 'token-1')
    const other = clientFor('token-2')
    await expect(other.client.request('/v4/things', { schema: itemSchema })).resolves.toEqual({
      id: 'asked-again',
    })

    sendEarly(`${base}/v4/things`, 'token-1')
    vi.setSystemTime(Date.now() + 11_000)
    const same = clientFor('token-1')
    await expect(same.client.request('/v4/things', { schema: itemSchema })).resolves.toEqual({
      id: 'asked-again',
    })
  })

  it('is never the answer to a write', async () => {
    stubEarlyFetch(() => Promise.resolve(Response.json({ id: 'early' })))
    sendEarly(`${base}/v4/things`, 'token-1')
    const { client, clientFetch } = clientFor('token-1')

    await client.request('/v4/things', { method: 'POST', body: {}, schema: itemSchema })
    expect(clientFetch).toHaveBeenCalledTimes(1)
  })

  it('fails as the client’s own request would: a refusal, a broken body, a cancelled read', async () => {
    stubEarlyFetch(() =>
      Promise.resolve(Response.json({ title: 'Forbidden', status: 403 }, { status: 403 })),
    )
    sendEarly(`${base}/v4/refused`, 'token-1')
    const { client } = clientFor('token-1')
    await expect(client.request('/v4/refused', { schema: itemSchema })).rejects.toMatchObject({
      status: 403,
    })

    stubEarlyFetch(() => Promise.resolve(Response.json({ id: 7 })))
    sendEarly(`${base}/v4/broken`, 'token-1')
    await expect(client.request('/v4/broken', { schema: itemSchema })).rejects.toMatchObject({
      kind: 'contract',
    })

    stubEarlyFetch(() => new Promise<Response>(() => undefined))
    sendEarly(`${base}/v4/slow`, 'token-1')
    const cancel = new AbortController()
    const read = client.request('/v4/slow', { schema: itemSchema, signal: cancel.signal })
    cancel.abort()
    await expect(read).rejects.toMatchObject({ name: 'AbortError' })
  })
})
