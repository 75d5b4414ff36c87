import { createApiClient } from '@/lib/api/api-client'

import { fakeBulkServer, type Fault, readyRowsFor } from '../../../../testing/fake-bulk-server'
import { type RegisterProgress } from './register-outcome'
import { registerRows } from './register-rows'

const businessID = '5343987659230309812'

function run(
  server: ReturnType<typeof fakeBulkServer>,
  rows = readyRowsFor(10),
  extra: { signal?: AbortSignal; onProgress?: (progress: RegisterProgress) => void } = {},
) {
  const sleep = vi.fn((_ms: number) => Promise.resolve())
  const outcome = registerRows({
    businessID,
    rows,
    client: server.client,
    fetchActiveNumbers: server.fetchActiveNumbers,
    sleep,
    ...extra,
  })
  return { outcome, sleep }
}

const lines = (rows: readonly { line: number }[]) => rows.map((row) => row.line)
const attention = (outcome: Awaited<ReturnType<typeof registerRows>>) =>
  outcome.needsAttention.map(({ row, ...rest }) => ({ line: row.line, ...rest }))
const addedLines = (outcome: Awaited<ReturnType<typeof registerRows>>) =>
  outcome.added.map(({ row }) => row.line)

describe('registerRows', () => {
  it('sends every ready row in one request and keeps the records Thumbtack returns', async () => {
    const server = fakeBulkServer()
    const rows = readyRowsFor(3)
    const outcome = await run(server, rows).outcome
    expect(server.requests).toEqual([
      rows.map((row) => ({ phoneNumber: row.e164, name: row.name })),
    ])
    expect(addedLines(outcome)).toEqual([1, 2, 3])
    expect(outcome.added[0]?.record).toMatchObject({ phoneNumber: rows[0]?.e164, name: 'Tech 1' })
    expect(outcome).toMatchObject({ alreadyRegistered: [], needsAttention: [], stopped: null })
  })

  it('marks the 3 rows a refused chunk names and sends the other 7 again at once', async () => {
    const errors = [2, 5, 7].map((index) => ({
      field: `phoneNumbers[${index}].phoneNumber`,
      message: `Bad number ${index}.`,
    }))
    const server = fakeBulkServer({ faults: [{ status: 400, body: { errors } }] })
    const { outcome, sleep } = run(server)
    const result = await outcome
    expect(attention(result)).toEqual(
      [2, 5, 7].map((index) => ({
        line: index + 1,
        field: 'phoneNumber',
        message: `Bad number ${index}.`,
        unconfirmed: false,
        retryable: false,
      })),
    )
    expect(addedLines(result)).toEqual([1, 2, 4, 5, 7, 9, 10])
    expect(server.requests.map((request) => request.length)).toEqual([10, 7])
    expect(server.reads).toBe(0)
    expect(sleep).not.toHaveBeenCalled()
  })

  it('reads the list after a 5xx that stored the chunk, and does not send it again', async () => {
    const server = fakeBulkServer({ faults: [{ status: 503, applied: true }] })
    const rows = readyRowsFor(10)
    const result = await run(server, rows).outcome
    expect(server.requests).toHaveLength(1)
    expect(server.reads).toBe(1)
    expect(addedLines(result)).toEqual(lines(rows))
    expect(result.added.every(({ record }) => record === null)).toBe(true)
    expect(result.needsAttention).toEqual([])
  })

  it('reads the list after a 5xx that stored nothing, then sends the chunk again', async () => {
    const server = fakeBulkServer({ faults: [{ status: 502 }] })
    const rows = readyRowsFor(10)
    const result = await run(server, rows).outcome
    expect(server.requests.map((request) => request.length)).toEqual([10, 10])
    expect(server.reads).toBe(1)
    expect(addedLines(result)).toEqual(lines(rows))
    expect(server.registered.size).toBe(10)
  })

  it.each([
    ['a timeout that stored the chunk', { transport: 'timeout', applied: true }, 1],
    ['a timeout that stored nothing', { transport: 'timeout', applied: false }, 2],
    ['a network failure that stored nothing', { transport: 'network', applied: false }, 2],
  ] as const)('after %s, sends only what the list lacks', async (_label, fault, requests) => {
    const server = fakeBulkServer({ faults: [fault] })
    const result = await run(server).outcome
    expect(server.requests).toHaveLength(requests)
    expect(server.reads).toBe(1)
    expect(result.added).toHaveLength(10)
    expect(result.needsAttention).toEqual([])
  })

  it('waits as Retry-After says on a 429, then sends the same chunk', async () => {
    const server = fakeBulkServer({ faults: [{ status: 429, retryAfter: '7' }] })
    const progress: RegisterProgress[] = []
    const { outcome, sleep } = run(server, readyRowsFor(10), {
      onProgress: (update) => progress.push(update),
    })
    const result = await outcome
    expect(sleep).toHaveBeenCalledExactlyOnceWith(7000, undefined)
    expect(progress).toContainEqual(
      expect.objectContaining({ waiting: { reason: 'rate-limited', seconds: 7 } }),
    )
    expect(server.requests.map((request) => request.length)).toEqual([10, 10])
    expect(server.reads).toBe(0)
    expect(result.added).toHaveLength(10)
  })

  it('stops rather than wait an hour', async () => {
    const server = fakeBulkServer({ faults: [{ status: 429, retryAfter: '3600' }] })
    const result = await run(server).outcome
    expect(result.stopped).toMatchObject({ reason: 'rate-limited' })
    expect(result.needsAttention).toHaveLength(10)
    expect(result.needsAttention[0]?.message).toMatch(/^Not sent: Thumbtack asked us to slow down/)
  })

  it('maps errors[] leniently: junk shapes and unknown indexes name no row', async () => {
    const errors = [
      'junk',
      42,
      null,
      { field: 5, message: 'field is a number' },
      { field: 'phoneNumbers[1].phoneNumber' },
      { field: 'phoneNumbers[999].name', message: 'outside the request' },
      { field: 'phoneNumbers[abc].name', message: 'not an index' },
      { message: 'no field at all' },
      { field: 'phoneNumbers.4.name', message: 'Name too long.', extra: { nested: true } },
      { field: 'phoneNumbers[6]', message: 'Whole item refused.' },
    ]
    const server = fakeBulkServer({ faults: [{ status: 400, body: { errors } }] })
    const result = await run(server).outcome
    expect(attention(result)).toEqual([
      { line: 5, field: 'name', message: 'Name too long.', unconfirmed: false, retryable: false },
      {
        line: 7,
        field: null,
        message: 'Whole item refused.',
        unconfirmed: false,
        retryable: false,
      },
    ])
    expect(result.added).toHaveLength(8)
    expect(server.requests.map((request) => request.length)).toEqual([10, 8])
  })

  it('treats a refusal naming no row as unclear: reads, retries a bounded number of times, then hands the rows back', async () => {
    const refusal: Fault = { status: 400, body: { title: 'Nope.', errors: ['junk', { a: 1 }] } }
    const server = fakeBulkServer({ faults: [refusal, refusal, refusal, refusal, refusal] })
    const { outcome, sleep } = run(server)
    const result = await outcome
    expect(server.requests).toHaveLength(4)
    expect(server.reads).toBe(4)
    expect(sleep.mock.calls.map(([ms]) => ms)).toEqual([1000, 2000, 4000, 8000])
    expect(result.added).toEqual([])
    expect(result.needsAttention).toHaveLength(10)
    expect(result.needsAttention[0]).toMatchObject({
      field: null,
      message: 'Not added: Nope. Try again in a moment.',
      unconfirmed: false,
    })
  })

  it('never resends after an unclear failure while the list cannot be read', async () => {
    const server = fakeBulkServer({ faults: [{ status: 500 }] })
    server.failNextReads(10)
    const result = await run(server).outcome
    expect(server.requests).toHaveLength(1)
    expect(result.needsAttention).toHaveLength(10)
    expect(result.needsAttention[0]).toMatchObject({ unconfirmed: true })
    expect(result.needsAttention[0]?.message).toMatch(/^Not confirmed: .*Reload the list/)
  })

  it('counts a row as added when the resend finds it registered after an unclear failure', async () => {
    // The first answer timed out; the server finished storing only after the list was read.
    const server = fakeBulkServer({ faults: [{ transport: 'timeout', applied: false }] })
    const rows = readyRowsFor(5)
    const realRead = server.fetchActiveNumbers
    let reads = 0
    const result = await registerRows({
      businessID,
      rows,
      client: server.client,
      sleep: () => Promise.resolve(),
      fetchActiveNumbers: async () => {
        const active = await realRead()
        if (++reads === 1) server.registered.add(rows[2]?.e164 ?? '')
        return active
      },
    })
    expect(addedLines(result)).toEqual([1, 2, 3, 4, 5])
    expect(result.alreadyRegistered).toEqual([])
    expect(server.requests.map((request) => request.length)).toEqual([5, 5, 4])
  })

  it('skips a number someone else registered meanwhile', async () => {
    const rows = readyRowsFor(4)
    const server = fakeBulkServer({ registered: [rows[1]?.e164 ?? ''] })
    const result = await run(server, rows).outcome
    expect(lines(result.alreadyRegistered)).toEqual([2])
    expect(addedLines(result)).toEqual([1, 3, 4])
  })

  it('reads the list after a 409 and skips what is registered now', async () => {
    const rows = readyRowsFor(4)
    const server = fakeBulkServer({ faults: [{ status: 409, body: { title: 'Conflict.' } }] })
    server.registered.add(rows[3]?.e164 ?? '')
    const result = await run(server, rows).outcome
    expect(lines(result.alreadyRegistered)).toEqual([4])
    expect(addedLines(result)).toEqual([1, 2, 3])
    expect(server.reads).toBe(1)
  })

  it('sends 250 rows in 3 requests of at most 100', async () => {
    const server = fakeBulkServer()
    const result = await run(server, readyRowsFor(250)).outcome
    expect(server.requests.map((request) => request.length)).toEqual([100, 100, 50])
    expect(result.added).toHaveLength(250)
  })

  it('registers 1,000 rows in 10 requests, never more than 2 at a time', async () => {
    const server = fakeBulkServer()
    const result = await run(server, readyRowsFor(1_000)).outcome
    expect(server.requests).toHaveLength(10)
    expect(server.maxInFlight).toBe(2)
    expect(server.registered.size).toBe(1_000)
    expect(addedLines(result)).toEqual(lines(readyRowsFor(1_000)))
  })

  it('keeps to 2 at a time and never sends a stored row again, whatever fails', async () => {
    const faults: Fault[] = [
      { status: 503, applied: true },
      { status: 429, retryAfter: '1' },
      { transport: 'timeout', applied: false },
      { status: 400, body: { errors: [{ field: 'phoneNumbers[0].name', message: 'Bad.' }] } },
      { transport: 'network', applied: true },
      { status: 500 },
    ]
    const server = fakeBulkServer({ faults })
    const result = await run(server, readyRowsFor(1_000)).outcome
    expect(server.maxInFlight).toBeLessThanOrEqual(2)
    expect(server.resent).toBe(0)
    expect(result.added).toHaveLength(999)
    expect(result.needsAttention).toHaveLength(1)
    expect(server.registered.size).toBe(999)
  })

  it.each([
    [403, { title: 'Forbidden.' }, 'forbidden'],
    [401, { type: 'https://api.thumbtack.com/problems/insufficient-scope' }, 'forbidden'],
    [401, { title: 'Your sign-in has expired.' }, 'signed-out'],
    [404, { title: 'Not found.' }, 'not-found'],
  ] as const)('stops on a %i and hands back every row not sent', async (status, body, reason) => {
    const server = fakeBulkServer({ faults: [{ status, body }] })
    const result = await run(server, readyRowsFor(300)).outcome
    expect(result.stopped).toMatchObject({ reason })
    // The second request was already on its way when the first was refused, and succeeded.
    expect(server.requests).toHaveLength(2)
    expect(result.added).toHaveLength(100)
    expect(result.needsAttention).toHaveLength(200)
    expect(result.needsAttention.every(({ message }) => message.startsWith('Not sent:'))).toBe(true)
  })

  it('stops when aborted, marking the rows of a request in flight unconfirmed', async () => {
    const server = fakeBulkServer()
    const controller = new AbortController()
    const promise = registerRows({
      businessID,
      rows: readyRowsFor(300),
      client: {
        request: (path) => {
          controller.abort()
          return Promise.reject(new DOMException(`${path} aborted`, 'AbortError'))
        },
      },
      fetchActiveNumbers: server.fetchActiveNumbers,
      sleep: () => Promise.resolve(),
      signal: controller.signal,
    })
    const result = await promise
    expect(result.stopped).toMatchObject({ reason: 'aborted' })
    expect(result.needsAttention).toHaveLength(300)
    // The first request's answer never came; the second was never sent.
    expect(result.needsAttention.filter(({ unconfirmed }) => unconfirmed)).toHaveLength(100)
    expect(result.needsAttention[0]?.message).toMatch(/^Not confirmed: /)
    expect(result.needsAttention[299]?.message).toMatch(/^Not sent: /)
  })

  it('stops gently: requests on their way finish and count, nothing new is sent', async () => {
    const server = fakeBulkServer()
    const stop = new AbortController()
    let sent = 0
    const result = await registerRows({
      businessID,
      rows: readyRowsFor(500),
      client: {
        request: (path, options) => {
          // "Cancel" pressed once both requests of the first round are on their way.
          if (++sent === 2) stop.abort()
          return server.client.request(path, options)
        },
      },
      fetchActiveNumbers: server.fetchActiveNumbers,
      sleep: () => Promise.resolve(),
      stop: stop.signal,
    })
    expect(result.stopped).toMatchObject({ reason: 'aborted' })
    // Both requests of the first round were on their way: 200 added, the rest never sent.
    expect(server.requests).toHaveLength(2)
    expect(result.added).toHaveLength(200)
    expect(result.needsAttention).toHaveLength(300)
    expect(result.needsAttention.every(({ unconfirmed }) => !unconfirmed)).toBe(true)
    expect(result.needsAttention.every(({ retryable }) => retryable)).toBe(true)
  })

  it('reports progress that ends with the outcome’s counts', async () => {
    const server = fakeBulkServer({
      faults: [
        { status: 400, body: { errors: [{ field: 'phoneNumbers[0].name', message: 'x' }] } },
      ],
    })
    const progress: RegisterProgress[] = []
    await run(server, readyRowsFor(150), { onProgress: (update) => progress.push(update) }).outcome
    expect(progress[0]).toEqual({
      total: 150,
      added: 0,
      alreadyRegistered: 0,
      needsAttention: 0,
      waiting: null,
    })
    expect(progress.at(-1)).toEqual({
      total: 150,
      added: 149,
      alreadyRegistered: 0,
      needsAttention: 1,
      waiting: null,
    })
  })

  it('does nothing for no rows', async () => {
    const server = fakeBulkServer()
    const result = await run(server, []).outcome
    expect(server.requests).toEqual([])
    expect(result).toEqual({ added: [], alreadyRegistered: [], needsAttention: [], stopped: null })
  })

  it('lets the client’s own sign-in-again replay a 401, and carries on', async () => {
    let token = 'expired'
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      const fresh = new Headers(init?.headers).get('Authorization') === 'Bearer fresh'
      return Promise.resolve(
        new Response(JSON.stringify(fresh ? { phoneNumbers: [] } : {}), {
          status: fresh ? 201 : 401,
        }),
      )
    })
    const client = createApiClient({
      getCredentials: () => ({ accessToken: token, apiBaseUrl: 'https://api.example.test/api' }),
      timeoutMs: 1000,
      fetch,
      onUnauthorized: () => {
        token = 'fresh'
        return Promise.resolve(true)
      },
    })
    const result = await registerRows({
      businessID,
      rows: readyRowsFor(3),
      client,
      fetchActiveNumbers: () => Promise.resolve(new Set<string>()),
      sleep: () => Promise.resolve(),
    })
    expect(result.added).toHaveLength(3)
    expect(result.stopped).toBeNull()
    expect(fetch).toHaveBeenCalledTimes(2)
    const [url] = fetch.mock.calls[0] ?? []
    expect(url).toBe(
      `https://api.example.test/api/v4/businesses/${businessID}/associate-phone-numbers-bulk-create`,
    )
  })

  it('holds every request while one waits out a 429', async () => {
    const server = fakeBulkServer({ faults: [{ status: 429, retryAfter: '2' }] })
    let waiting = false
    let sentWhileWaiting = 0
    const client: typeof server.client = {
      request: (path, options) => {
        if (waiting) sentWhileWaiting++
        return server.client.request(path, options)
      },
    }
    const result = await registerRows({
      businessID,
      rows: readyRowsFor(400),
      client,
      fetchActiveNumbers: server.fetchActiveNumbers,
      sleep: async () => {
        waiting = true
        await new Promise((resolve) => setTimeout(resolve, 5))
        waiting = false
      },
    })
    expect(sentWhileWaiting).toBe(0)
    expect(result.added).toHaveLength(400)
    expect(server.requests).toHaveLength(5)
  })

  it('stops the run when Thumbtack keeps failing, rather than wear every chunk out', async () => {
    const down: Fault = { status: 503 }
    const server = fakeBulkServer({ faults: Array.from({ length: 20 }, () => down) })
    const result = await run(server, readyRowsFor(300)).outcome
    expect(server.requests).toHaveLength(8)
    expect(result.stopped).toEqual({
      reason: 'unavailable',
      message: 'Thumbtack is not answering. Try again later.',
    })
    expect(result.needsAttention).toHaveLength(300)
    expect(result.needsAttention[0]?.message).toMatch(/^Not added: The server had a problem\./)
    expect(result.needsAttention[299]?.message).toBe(
      'Not sent: Thumbtack is not answering. Try again later.',
    )
  })
})
