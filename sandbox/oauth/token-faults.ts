import { createMiddleware } from 'hono/factory'
import { sleep } from '../faults.ts'
import { oauthError } from './oauth-error.ts'
import type { OAuthDeps } from './oauth-deps.ts'

// The token endpoint's faults, set through PUT /sandbox/faults: a stall, then a share
// of 503s answered before the grant runs (nothing changes) or after it (a refresh token
// is rotated and the answer lost, which the 60 s grace exists to recover from).
export function tokenEndpointFaults({ faults, random }: OAuthDeps) {
  return createMiddleware(async (c, next) => {
    const { tokenLatencyMs, tokenErrorRate, tokenErrorPhase } = faults.get()
    if (tokenLatencyMs > 0) await sleep(tokenLatencyMs)
    const inject = tokenErrorRate > 0 && random() < tokenErrorRate
    if (inject && tokenErrorPhase === 'before')
      return oauthError(
        c,
        'server_error',
        'The sandbox injected this failure (tokenErrorRate). Nothing was changed.',
        503,
      )
    await next()
    if (inject)
      c.res = oauthError(
        c,
        'server_error',
        'The sandbox injected this failure after handling the request (tokenErrorPhase "after").',
        503,
      )
  })
}
