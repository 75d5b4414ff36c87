import { test as base, expect } from 'vitest'
import { createSandbox } from '../app.ts'
import { NAMED_BUSINESSES } from '../personas.ts'
import { problemSchema, type Problem } from '../contract/problem.ts'
import { phoneNumberListSchema, type PhoneNumberRecord } from '../contract/phone-numbers.ts'
import { personasSchema } from '../contract/sandbox-controls.ts'

export const RIVERA = NAMED_BUSINESSES.riveraPlumbing.id
export const LEE_ELECTRIC = NAMED_BUSINESSES.leeElectric.id
export const LEE_SOLAR = NAMED_BUSINESSES.leeSolar.id
export const METRO = NAMED_BUSINESSES.metroHvac.id
/** Numeric, well formed, and not a business. */
export const NO_SUCH_BUSINESS = '1000000000000000001'

export const numbersPath = (businessID: string) =>
  `/api/v4/businesses/${businessID}/associate-phone-numbers`
export const numberPath = (businessID: string, id: string) => `${numbersPath(businessID)}/${id}`
export const bulkPath = (businessID: string) =>
  `/api/v4/businesses/${businessID}/associate-phone-numbers-bulk-create`

const probe = { phoneNumber: '+12065550142', name: 'Probe' }

/** Every business-scoped route, for a business and one of its (or any) number IDs. */
export const businessRouteTable = (businessID: string, numberID = '1234567890123456789') => [
  { method: 'GET', path: numbersPath(businessID) },
  { method: 'POST', path: numbersPath(businessID), json: probe },
  { method: 'PUT', path: numberPath(businessID, numberID), json: probe },
  { method: 'DELETE', path: numberPath(businessID, numberID) },
  { method: 'POST', path: bulkPath(businessID), json: { phoneNumbers: [probe] } },
]

/** A fixed start instant: tests move the clock explicitly, never by waiting. */
export const TEST_START = Date.UTC(2026, 10, 2, 9, 30, 0)

export interface SendOptions {
  /** A persona id ('pat-rivera') or a raw token; omit for no Authorization header. */
  as?: string
  json?: unknown
  body?: string
  headers?: Record<string, string>
}

export interface HarnessOptions {
  /** The caller's address for every request; loopback unless a test says otherwise. */
  clientAddress?: string | undefined
  allowRemoteAdmin?: boolean
  /** Host names answered besides this computer's own (127.0.0.1, localhost, [::1]). */
  allowedHosts?: readonly string[]
}

export async function createHarness(dbPath = ':memory:', options: HarnessOptions = {}) {
  let nowMs = TEST_START
  let randomValue = 0.5
  // app.request() has no socket: say where requests come from, as a real server would.
  let clientAddress = 'clientAddress' in options ? options.clientAddress : '127.0.0.1'
  const sandbox = createSandbox({
    dbPath,
    now: () => new Date(nowMs),
    random: () => randomValue,
    clientAddress: () => clientAddress,
    allowRemoteAdmin: options.allowRemoteAdmin ?? false,
    allowedHosts: options.allowedHosts ?? [],
    // app.request() sends to http://localhost: the absolute URLs it hands out say the same.
    publicURL: 'http://localhost',
  })
  const { app } = sandbox

  async function signIn(): Promise<Record<string, string>> {
    // Signing in is a loopback call, whatever address the test gives its own requests.
    const address = clientAddress
    clientAddress = '127.0.0.1'
    try {
      const res = await app.request('/sandbox/personas')
      const { personas } = personasSchema.parse(await res.json())
      return Object.fromEntries(personas.map((p) => [p.id, p.accessToken]))
    } finally {
      clientAddress = address
    }
  }
  let tokens = await signIn()

  async function send(method: string, path: string, options: SendOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { ...options.headers }
    if (options.as !== undefined)
      headers.Authorization = `Bearer ${tokens[options.as] ?? options.as}`
    let body = options.body
    if (options.json !== undefined) {
      body = JSON.stringify(options.json)
      headers['Content-Type'] ??= 'application/json'
    }
    return await app.request(path, { method, headers, ...(body === undefined ? {} : { body }) })
  }

  return {
    app,
    store: sandbox.store,
    close: sandbox.close,
    send,
    /** A business's numbers as the sandbox holds them, read as a persona (must be a 200). */
    async listNumbers(
      businessID: string = RIVERA,
      as = 'pat-rivera',
    ): Promise<PhoneNumberRecord[]> {
      const res = await send('GET', numbersPath(businessID), { as })
      expect(res.status).toBe(200)
      return phoneNumberListSchema.parse(await res.json()).phoneNumbers
    },
    setFaults: (json: unknown) => send('PUT', '/sandbox/faults', { json }),
    token: (personaID: string) => tokens[personaID] ?? '',
    /** Fetches the personas again: the sandbox's "sign in again". */
    async signInAgain() {
      tokens = await signIn()
    },
    advanceClock(ms: number) {
      nowMs += ms
    },
    setRandom(value: number) {
      randomValue = value
    },
    /** Where the next requests come from (undefined: unknown, as with no socket). */
    setClientAddress(address: string | undefined) {
      clientAddress = address
    },
  }
}

export type Harness = Awaited<ReturnType<typeof createHarness>>

const defaultHarnessOptions: HarnessOptions = {}

/**
 * `test` with a fresh in-memory sandbox per test as `h`, closed after it. A describe block
 * changes how it is made with `test.override('harnessOptions', { ... })`.
 */
export const test = base
  .extend('harnessOptions', defaultHarnessOptions)
  .extend('h', async ({ harnessOptions }, { onCleanup }) => {
    const h = await createHarness(':memory:', harnessOptions)
    onCleanup(() => {
      h.close()
    })
    return h
  })

/** Asserts an RFC 9457 answer of the given status and problem type, and returns it. */
export async function expectProblem(res: Response, status: number, kind: string): Promise<Problem> {
  expect(res.status).toBe(status)
  expect(res.headers.get('content-type')).toBe('application/problem+json')
  const problem = problemSchema.parse(await res.json())
  expect(problem.type).toBe(`https://api.thumbtack.com/problems/${kind}`)
  expect(problem.status).toBe(status)
  return problem
}

export const fieldsOf = (problem: Problem) => (problem.errors ?? []).map((error) => error.field)
