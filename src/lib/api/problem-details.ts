import { z } from 'zod'

import { ApiError, type FieldError } from './api-error'

/**
 * RFC 9457 Problem Details, parsed leniently: Thumbtack's exact error shapes are only
 * partly documented, so every field is optional and anything unexpected is dropped
 * rather than allowed to crash the page that shows the error.
 */
const fieldErrorSchema = z
  .object({
    field: z.string().optional().catch(undefined),
    message: z.string().optional().catch(undefined),
  })
  .transform((item): FieldError | null =>
    item.message ? { field: item.field ?? '', message: item.message } : null,
  )

const problemSchema = z.object({
  type: z.string().optional().catch(undefined),
  title: z.string().optional().catch(undefined),
  detail: z.string().optional().catch(undefined),
  message: z.string().optional().catch(undefined),
  traceID: z.string().optional().catch(undefined),
  errors: z.array(z.unknown()).optional().catch(undefined),
})

const fallbackTitles: Record<number, string> = {
  400: 'The request was not valid.',
  401: 'Your sign-in has expired.',
  403: 'This sign-in may not do that.',
  404: 'Not found.',
  409: 'That conflicts with what is already registered.',
  413: 'That request is too large.',
  429: 'Too many requests. Please wait a moment.',
}

function titleForStatus(status: number): string {
  return (
    fallbackTitles[status] ??
    (status >= 500 ? 'The server had a problem.' : `Request failed (${status}).`)
  )
}

function parseFieldErrors(items: unknown[] | undefined): FieldError[] {
  return (items ?? []).flatMap((item) => {
    const parsed = fieldErrorSchema.safeParse(item)
    return parsed.success && parsed.data ? [parsed.data] : []
  })
}

export function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const date = Date.parse(header)
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

export function problemToApiError(
  status: number,
  body: unknown,
  retryAfter: string | null,
): ApiError {
  const parsed = problemSchema.safeParse(body)
  const problem = parsed.success ? parsed.data : {}
  return new ApiError({
    kind: 'http',
    status,
    title: problem.title ?? titleForStatus(status),
    detail: problem.detail ?? problem.message,
    type: problem.type,
    traceID: problem.traceID,
    fieldErrors: parseFieldErrors(problem.errors),
    retryAfterSeconds: parseRetryAfter(retryAfter),
  })
}
