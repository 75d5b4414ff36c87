import type { Context } from 'hono'
import type { z } from 'zod'
import { problem, validationProblem } from './problem.ts'
import { toFieldErrors } from './schemas.ts'

export type BodyResult<T> = { ok: true; data: T } | { ok: false; response: Response }

// The size cap itself is hono/body-limit's job (app.ts); by the time we read, it holds.

function isJsonMediaType(header: string | undefined): boolean {
  const mediaType = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  return mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType)
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

/**
 * Reads a JSON object body and validates it with `schema`. Never throws for any input:
 * every refusal is a Problem Details response the handler returns as is.
 * `optional` lets an empty body stand for `{}` (POST /sandbox/reset).
 */
export async function readJsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  options: { optional?: boolean } = {},
): Promise<BodyResult<z.output<S>>> {
  const text = await c.req.text()
  let value: unknown = {}
  if (!(options.optional === true && text.trim() === '')) {
    if (!isJsonMediaType(c.req.header('content-type'))) {
      const detail = 'Send the body as JSON with "Content-Type: application/json".'
      return { ok: false, response: problem(c, 'unsupported-media-type', detail) }
    }
    const parsed = parseJson(text)
    if (!parsed.ok) {
      const message = 'The body is not valid JSON.'
      return { ok: false, response: validationProblem(c, [{ field: 'body', message }]) }
    }
    value = parsed.value
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const message = 'The body must be a JSON object.'
    return { ok: false, response: validationProblem(c, [{ field: 'body', message }]) }
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    return { ok: false, response: validationProblem(c, toFieldErrors(result.error)) }
  }
  return { ok: true, data: result.data }
}
