import type { Context } from 'hono'

import { gatewayProblem } from './problems'
import { browserHeaders, type UpstreamResult } from './upstream'

/**
 * What the browser gets back. Thumbtack's Problem Details, traceID and Retry-After pass
 * through unchanged; the answers that look like success or are not Problems (202 from the
 * WAF, 451, 502 `proxy_oauth_failed`, a redirect, no answer) become a Problem that says so.
 */
export async function upstreamAnswer(
  c: Context,
  result: UpstreamResult,
  write: boolean,
): Promise<Response> {
  if (result.kind === 'unreachable') {
    const detail = write
      ? `Thumbtack's answer did not arrive (${result.reason}): the change may or may not have been saved. Reload the list to see.`
      : `Thumbtack could not be reached (${result.reason}). Try again.`
    return gatewayProblem(c, 'upstream-unreachable', detail)
  }
  const { response } = result
  const { status } = response
  if (status === 202) {
    await response.body?.cancel()
    return gatewayProblem(
      c,
      'upstream-challenge',
      'Thumbtack answered 202 (a security check) instead of carrying out this request, so it was not done. Try again in a moment.',
    )
  }
  if (status === 451) {
    await response.body?.cancel()
    return gatewayProblem(
      c,
      'upstream-legal',
      'Thumbtack refuses requests from this country or region (451).',
    )
  }
  if (status === 502) {
    const text = await response.text()
    const oauth = text.includes('proxy_oauth_failed')
    const detail = oauth
      ? 'Thumbtack could not check this sign-in (proxy_oauth_failed). Sign in again; if it keeps happening, the sign-in is set up without the partner API audience.'
      : 'Thumbtack’s gateway failed this request (502). Try again.'
    return gatewayProblem(c, 'upstream-gateway', detail)
  }
  if (status >= 300 && status < 400) {
    await response.body?.cancel()
    return gatewayProblem(c, 'upstream-gateway', `Thumbtack answered with a redirect (${status}).`)
  }
  const headers = browserHeaders(response.headers)
  const noBody = status === 204 || status === 304 || c.req.method === 'HEAD'
  return new Response(noBody ? null : await response.arrayBuffer(), { status, headers })
}
