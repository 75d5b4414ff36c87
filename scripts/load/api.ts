import { z } from 'zod'

import { type Operation, type Recorder } from './stats'

// The few calls the workload makes, timed and recorded, over Node's fetch (keep-alive).

export const recordSchema = z.object({
  phoneNumberID: z.string(),
  businessID: z.string(),
  phoneNumber: z.string(),
  name: z.string(),
  createdTime: z.string(),
  updatedTime: z.string(),
  lastActivityTime: z.string(),
  isDeleted: z.boolean(),
})
export type NumberRecord = z.infer<typeof recordSchema>
export const listSchema = z.object({ phoneNumbers: z.array(recordSchema) })

const problemSchema = z.object({
  type: z.string().optional(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})

export interface Answer {
  status: number
  body: unknown
}

export const numbersPath = (businessID: string) =>
  `/api/v4/businesses/${businessID}/associate-phone-numbers`

export function isDuplicate(answer: Answer): boolean {
  if (answer.status === 409) return true
  if (answer.status !== 400) return false
  // A bulk create refused only because some numbers are already registered.
  const errors = problemSchema.safeParse(answer.body).data?.errors ?? []
  return errors.length > 0 && errors.every((error) => error.message.includes('already registered'))
}

/** How a client's credential goes on a call: a bearer token, or a gateway cookie session. */
export type Authorize = (credential: string) => Record<string, string>

export const bearer: Authorize = (token) => ({ Authorization: `Bearer ${token}` })

/** The gateway's cookie session, with the CSRF header and the Origin it asks for. */
export const cookieSession =
  (origin: string): Authorize =>
  (cookie) => ({ Cookie: cookie, 'X-Requested-With': 'numbers-console', Origin: origin })

export function createApi(baseURL: string, recorder: Recorder, authorize: Authorize = bearer) {
  return async function call(
    op: Operation,
    token: string,
    method: string,
    path: string,
    json?: unknown,
    expectedRefusal: (answer: Answer) => boolean = () => false,
  ): Promise<Answer> {
    const started = performance.now()
    const response = await fetch(baseURL + path, {
      method,
      headers: {
        ...authorize(token),
        ...(json === undefined ? {} : { 'Content-Type': 'application/json' }),
      },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    })
    const text = await response.text()
    const ms = performance.now() - started
    let body: unknown = null
    try {
      body = text ? (JSON.parse(text) as unknown) : null
    } catch {
      body = text
    }
    const answer = { status: response.status, body }
    const expected = response.status >= 400 && expectedRefusal(answer)
    recorder.record({ op, status: response.status, ms, expected }, () => {
      const shown = typeof text === 'string' ? text.slice(0, 200) : ''
      return `${method} ${path} → ${response.status} ${shown}`
    })
    return answer
  }
}

export type Api = ReturnType<typeof createApi>
