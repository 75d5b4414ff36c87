import type { Context } from 'hono'
import { oauthError } from './oauth-error.ts'

// The token and revocation endpoints take application/x-www-form-urlencoded bodies
// (RFC 6749 section 3.2), each parameter at most once.

export type FormResult = { ok: true; form: URLSearchParams } | { ok: false; response: Response }

export async function readTokenForm(c: Context): Promise<FormResult> {
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
  if (mediaType !== 'application/x-www-form-urlencoded') {
    const description = 'Send the parameters as application/x-www-form-urlencoded.'
    return { ok: false, response: oauthError(c, 'invalid_request', description) }
  }
  const form = new URLSearchParams(await c.req.text())
  const names = [...form.keys()]
  const repeated = [...new Set(names.filter((name, i) => names.indexOf(name) !== i))]
  if (repeated.length > 0) {
    const description = `Send ${repeated.join(', ').slice(0, 200)} only once.`
    return { ok: false, response: oauthError(c, 'invalid_request', description) }
  }
  return { ok: true, form }
}

/** The first message of a failed zod parse, for error_description. */
export function firstMessage(error: { issues: readonly { message: string }[] }): string {
  return error.issues[0]?.message ?? 'The request is not valid.'
}
