import { type z } from 'zod'

import { type ApiClient, type RequestOptions } from '@/lib/api/api-client'
import { ApiError } from '@/lib/api/api-error'
import { problemToApiError } from '@/lib/api/problem-details'

import { type RegistrableRow } from '../features/phone-numbers/bulk/register/register-outcome'

/** What the fake does with one bulk request, instead of storing it and answering 201. */
export type Fault =
  | { status: number; body?: unknown; retryAfter?: string; applied?: boolean }
  | { transport: 'network' | 'timeout'; applied: boolean }

interface Item {
  phoneNumber: string
  name: string
}

function itemsOf(body: unknown): Item[] {
  if (typeof body !== 'object' || body === null || !('phoneNumbers' in body)) return []
  const items = body.phoneNumbers
  return Array.isArray(items) ? items.filter(isItem) : []
}

function isItem(value: unknown): value is Item {
  return (
    typeof value === 'object' &&
    value !== null &&
    'phoneNumber' in value &&
    typeof value.phoneNumber === 'string' &&
    'name' in value &&
    typeof value.name === 'string'
  )
}

/**
 * A stand-in for Thumbtack's bulk-create, for the engine's tests: stores numbers all or
 * nothing, refuses numbers already active (naming them, as the sandbox does), answers each
 * request after a macrotask (so overlapping requests really overlap), and plays `faults` in
 * order, one per request, before behaving normally. Records every request and the most
 * requests ever in flight at once.
 */
export function fakeBulkServer(options: { registered?: Iterable<string>; faults?: Fault[] } = {}) {
  const registered = new Set(options.registered)
  const faults = [...(options.faults ?? [])]
  const requests: Item[][] = []
  let inFlight = 0
  let maxInFlight = 0
  let reads = 0
  let failReads = 0
  let resent = 0

  function respond(items: Item[]): unknown {
    const fault = faults.shift()
    const apply = () => {
      for (const item of items) registered.add(item.phoneNumber)
    }
    if (fault && 'transport' in fault) {
      if (fault.applied) apply()
      const title = fault.transport === 'timeout' ? 'Too slow.' : 'Offline.'
      throw new ApiError({ kind: fault.transport, status: 0, title })
    }
    if (fault) {
      if (fault.applied === true) apply()
      throw problemToApiError(fault.status, fault.body, fault.retryAfter ?? null)
    }
    const errors = items.flatMap((item, index) =>
      registered.has(item.phoneNumber)
        ? [
            {
              field: `phoneNumbers[${index}].phoneNumber`,
              message: `${item.phoneNumber} is already registered to this business.`,
            },
          ]
        : [],
    )
    if (errors.length > 0) throw problemToApiError(400, { title: 'Not valid.', errors }, null)
    apply()
    return {
      phoneNumbers: items.map((item, index) => ({
        phoneNumberID: String(1000 + registered.size + index),
        phoneNumber: item.phoneNumber,
        name: item.name,
      })),
    }
  }

  const client: Pick<ApiClient, 'request'> = {
    async request<Schema extends z.ZodType>(path: string, options: RequestOptions<Schema>) {
      if (!path.endsWith('/associate-phone-numbers-bulk-create'))
        throw new Error(`Unexpected ${path}`)
      const items = itemsOf(options.body)
      requests.push(items)
      resent += items.filter((item) => registered.has(item.phoneNumber)).length
      inFlight++
      maxInFlight = Math.max(maxInFlight, inFlight)
      try {
        await new Promise((resolve) => setTimeout(resolve, 0))
        return options.schema.parse(respond(items))
      } finally {
        inFlight--
      }
    },
  }

  return {
    client,
    registered,
    requests,
    get maxInFlight() {
      return maxInFlight
    },
    /** Items that arrived already registered: a row sent again after it had been stored. */
    get resent() {
      return resent
    },
    get reads() {
      return reads
    },
    /** The next `count` reads of the list fail. */
    failNextReads(count: number) {
      failReads = count
    },
    fetchActiveNumbers: () => {
      reads++
      if (failReads > 0) {
        failReads--
        return Promise.reject(new ApiError({ kind: 'network', status: 0, title: 'Offline.' }))
      }
      return Promise.resolve(new Set(registered))
    },
  }
}

/** `count` distinct ready rows with valid numbers, lines 1…count. */
export function readyRowsFor(count: number, firstLine = 1): RegistrableRow[] {
  return Array.from({ length: count }, (_, i) => {
    const exchange = 200 + Math.floor(i / 10_000)
    const e164 = `+1415${exchange}${String(i % 10_000).padStart(4, '0')}`
    return { line: firstLine + i, e164, name: `Tech ${i + 1}` }
  })
}
