import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  faultSettingsSchema as faultsSchema,
  requestLogSchema,
} from '../contract/sandbox-controls.ts'
import { createHarness, expectProblem, fieldsOf, type Harness } from '../testing/harness.ts'
import { expectOAuthError, refreshWith, signInWithOAuth, tokensOf } from '../testing/oauth-flow.ts'
import { TOKEN_NOT_ACTIVE, thumbtackUnauthorizedSchema } from './token-schemas.ts'

let h: Harness
beforeEach(async () => {
  h = await createHarness()
})
afterEach(() => {
  vi.useRealTimers()
  h.close()
})

const setFaults = async (json: unknown) => {
  const res = await h.send('PUT', '/sandbox/faults', { json })
  expect(res.status).toBe(200)
  return faultsSchema.parse(await res.json())
}
const self = (token: string) =>
  h.app.request('/api/v4/users/self', { headers: { Authorization: `Bearer ${token}` } })
const signIn = async (persona = 'pat-rivera') => {
  const tokens = await signInWithOAuth(h, persona)
  return { access: tokens.access_token, refresh: tokens.refresh_token ?? '' }
}

describe('faults that reach the authorization server', () => {
  it('expireTokens ends every OAuth access token now; a refresh gets a working one', async () => {
    const pat = await signIn()
    await setFaults({ expireTokens: true })
    const res = await self(pat.access)
    expect(thumbtackUnauthorizedSchema.parse(await res.json()).detail).toBe(TOKEN_NOT_ACTIVE)
    expect(
      (await self((await tokensOf(await refreshWith(h, pat.refresh))).access_token)).status,
    ).toBe(200)
  })

  it('revokeRefreshTokens "all" makes every refresh invalid_grant, leaving live access tokens', async () => {
    const [pat, morgan] = [await signIn(), await signIn('morgan-lee')]
    const state = await setFaults({ revokeRefreshTokens: 'all' })
    expect(state).not.toHaveProperty('revokeRefreshTokens')
    for (const who of [pat, morgan]) {
      await expectOAuthError(await refreshWith(h, who.refresh), 400, 'invalid_grant')
      expect((await self(who.access)).status).toBe(200)
    }
    expect((await signIn()).refresh).not.toBe('')
  })

  it('revokeRefreshTokens by token or by persona revokes only those', async () => {
    const [first, second, morgan] = [await signIn(), await signIn(), await signIn('morgan-lee')]
    await setFaults({ revokeRefreshTokens: { token: first.refresh } })
    await expectOAuthError(await refreshWith(h, first.refresh), 400, 'invalid_grant')
    await tokensOf(await refreshWith(h, second.refresh))
    const third = await signIn()
    await setFaults({ revokeRefreshTokens: { personaID: 'pat-rivera' }, expireTokens: true })
    await expectOAuthError(await refreshWith(h, third.refresh), 400, 'invalid_grant')
    expect((await self(third.access)).status).toBe(401)
    await tokensOf(await refreshWith(h, morgan.refresh))
  })

  it('accessTokenTtlSeconds shortens the tokens issued from then on', async () => {
    await setFaults({ accessTokenTtlSeconds: 30 })
    const pat = await signInWithOAuth(h, 'pat-rivera')
    expect(pat.expires_in).toBe(30)
    h.advanceClock(30_000)
    expect((await self(pat.access_token)).status).toBe(401)
    const next = await tokensOf(await refreshWith(h, pat.refresh_token ?? ''))
    expect(next.expires_in).toBe(30)
  })

  it('tokenErrorRate answers 503 server_error before the grant runs: the refresh token is untouched', async () => {
    const pat = await signIn()
    await setFaults({ tokenErrorRate: 0.5 })
    h.setRandom(0.49)
    await expectOAuthError(await refreshWith(h, pat.refresh), 503, 'server_error')
    h.setRandom(0.5)
    const next = await tokensOf(await refreshWith(h, pat.refresh))
    h.advanceClock(61_000)
    await tokensOf(await refreshWith(h, next.refresh_token ?? ''))
  })

  it('tokenErrorPhase "after" rotates, loses the answer, and the grace recovers the same pair', async () => {
    const pat = await signIn()
    await setFaults({ tokenErrorRate: 1, tokenErrorPhase: 'after' })
    await expectOAuthError(await refreshWith(h, pat.refresh), 503, 'server_error')
    await setFaults({ tokenErrorRate: 0 })
    const recovered = await tokensOf(await refreshWith(h, pat.refresh))
    const again = await tokensOf(await refreshWith(h, pat.refresh))
    expect(again.refresh_token).toBe(recovered.refresh_token)
  })

  it('tokenLatencyMs stalls the token endpoint only', async () => {
    const pat = await signIn()
    await setFaults({ tokenLatencyMs: 5000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    expect((await self(pat.access)).status).toBe(200)
    let settled: Response | undefined
    const pending = refreshWith(h, pat.refresh).then((res) => (settled = res))
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(settled?.status).toBe(200)
  })

  it.each([
    [{ accessTokenTtlSeconds: 0 }, 'accessTokenTtlSeconds'],
    [{ accessTokenTtlSeconds: 3601 }, 'accessTokenTtlSeconds'],
    [{ tokenErrorRate: 2 }, 'tokenErrorRate'],
    [{ tokenLatencyMs: -1 }, 'tokenLatencyMs'],
    [{ tokenErrorPhase: 'during' }, 'tokenErrorPhase'],
    [{ revokeRefreshTokens: 'some' }, 'revokeRefreshTokens'],
    [{ revokeRefreshTokens: { persona: 'pat-rivera' } }, 'revokeRefreshTokens'],
    [{ revokeRefreshTokens: { personaID: 'nobody' } }, 'revokeRefreshTokens.personaID'],
    [{ revokeRefreshTokens: { token: '' } }, 'revokeRefreshTokens.token'],
  ])('refuses %j with 400 naming %s', async (json, field) => {
    const res = await h.send('PUT', '/sandbox/faults', { json })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([field])
  })

  it('go back to the defaults on POST /sandbox/reset', async () => {
    await setFaults({ accessTokenTtlSeconds: 5, tokenErrorRate: 1, tokenLatencyMs: 10 })
    await h.send('POST', '/sandbox/reset')
    const state = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(state).toMatchObject({
      accessTokenTtlSeconds: 3600,
      tokenErrorRate: 0,
      tokenLatencyMs: 0,
    })
  })
})

describe('the request log', () => {
  it('lists every authorize and token call with its grant type, injected failures included, and no secret', async () => {
    const pat = await signIn()
    await setFaults({ tokenErrorRate: 1 })
    await refreshWith(h, pat.refresh)
    await setFaults({ tokenErrorRate: 0 })
    await refreshWith(h, pat.refresh)
    const res = await h.send('GET', '/sandbox/requests')
    const { requests } = requestLogSchema.parse(await res.json())
    expect(requests.map((r) => [r.method, r.path, r.status, r.grantType])).toEqual([
      ['POST', '/oauth2/auth', 303, null],
      ['POST', '/oauth2/token', 200, 'authorization_code'],
      ['POST', '/oauth2/token', 503, 'refresh_token'],
      ['POST', '/oauth2/token', 200, 'refresh_token'],
    ])
    expect(JSON.stringify(requests)).not.toContain(pat.refresh)
  })
})
