import { randomBytes } from 'node:crypto'
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { PROBLEM_BASE, type FieldError, type Problem } from './contract/problem.ts'

const kinds = {
  'validation-error': { status: 400, title: 'Your request is not valid.' },
  'invalid-token': { status: 401, title: 'Your access token is not valid.' },
  'token-expired': { status: 401, title: 'Your access token has expired.' },
  'insufficient-scope': { status: 401, title: 'Your access token lacks a required scope.' },
  'forbidden-business': { status: 403, title: 'You may not act on this business.' },
  'loopback-only': { status: 403, title: 'Only this computer may use the sandbox controls.' },
  'unknown-host': { status: 403, title: 'This server answers only the names of this computer.' },
  'foreign-origin': {
    status: 403,
    title: "Only this app's own pages may use the sandbox controls.",
  },
  'not-found': { status: 404, title: 'Not found.' },
  'method-not-allowed': { status: 405, title: 'Method not allowed.' },
  'already-registered': { status: 409, title: 'This number is already registered.' },
  'payload-too-large': { status: 413, title: 'The request body is too large.' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type.' },
  'rate-limited': { status: 429, title: 'Too many requests.' },
  'server-error': { status: 500, title: 'Something went wrong on our side.' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>

export type ProblemKind = keyof typeof kinds

export interface ProblemExtras {
  status?: ContentfulStatusCode
  errors?: FieldError[]
  headers?: Record<string, string>
}

/** 16 lowercase hex digits, the shape of Thumbtack's own traceIDs. */
export function newTraceID(): string {
  return randomBytes(8).toString('hex')
}

export function problem(
  c: Context,
  kind: ProblemKind,
  detail: string,
  extras: ProblemExtras = {},
): Response {
  const status = extras.status ?? kinds[kind].status
  const body: Problem = {
    type: PROBLEM_BASE + kind,
    title: kinds[kind].title,
    status,
    detail,
    traceID: newTraceID(),
    ...(extras.errors ? { errors: extras.errors } : {}),
  }
  return c.body(JSON.stringify(body), status, {
    ...extras.headers,
    'Content-Type': 'application/problem+json',
  })
}

export function validationProblem(c: Context, errors: FieldError[]): Response {
  const detail =
    errors.length === 1 && errors[0]
      ? `${errors[0].field}: ${errors[0].message}`
      : `${errors.length} fields are not valid; see errors.`
  return problem(c, 'validation-error', detail, { errors })
}

/** Registered after a path's real handlers, so only the other methods reach it. */
export function methodNotAllowed(allow: string) {
  return (c: Context): Response =>
    problem(c, 'method-not-allowed', `${c.req.method} is not allowed here; use ${allow}.`, {
      headers: { Allow: allow },
    })
}

/** Echo an ID from the URL in a message without echoing 10,000 digits of it. */
export function shownID(id: string): string {
  return id.length > 25 ? `${id.slice(0, 22)}…` : id
}
