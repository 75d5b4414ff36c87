import { afterEach, describe, expect, vi } from 'vitest'
import {
  faultSettingsSchema as faultsSchema,
  requestLogSchema,
} from '../contract/sandbox-controls.ts'
import { expectProblem, fieldsOf, type Harness, test } from '../testing/harness.ts'
import { expectOAuthError, refreshWith, signInWithOAuth, tokensOf } from '../testing/oauth-flow.ts'
import { TOKEN_NOT_ACTIVE, thumbtackUnauthorizedSchema } from './token-schemas.ts'

afterEach(() => {
  vi.useRealTimers()
})

const setFaults = async (h: Harness, json: unknown) => {
  const res = await h.send('PUT', '/sandbox/faults', { json })
  expect(res.status).toBe(200)
  return faultsSchema.parse(await res.json())
}
const self = (h: Harness, token: string) =>
  h.app.request('/api/v4/users/self', { headers: { Authorization: `Bearer ${token}` } })
const signIn = async (h: Harness, persona = 'pat-rivera') => {
  const tokens = await signInWithOAuth(h, persona)
  return { access: tokens.access_token, refresh: tokens.refresh_token ?? '' }
}

describe('faults that reach the authorization server', () => {
  test('expireTokens ends every OAuth access token now; a refresh gets a working one', async ({
    h,
  }) => {
    const pat = await signIn(h)
    await setFaults(h, { expireTokens: true })
    const res = await self(h, pat.access)
    expect(thumbtackUnauthorizedSchema.parse(await res.json()).detail).toBe(TOKEN_NOT_ACTIVE)
    expect(
      (await self(h, (await tokensOf(await refreshWith(h, pat.refresh))).access_token)).status,
    ).toBe(200)
  })

  test('revokeRefreshTokens "all" makes every refresh invalid_grant, leaving live access tokens', async ({
    h,
  }) => {
    const [pat, morgan] = [await signIn(h), await signIn(h, 'morgan-lee')]
    const state = await setFaults(h, { revokeRefreshTokens: 'all' })
    expect(state).not.toHaveProperty('revokeRefreshTokens')
    for (const who of [pat, morgan]) {
      await expectOAuthError(await refreshWith(h, who.refresh), 400, 'invalid_grant')
      expect((await self(h, who.access)).status).toBe(200)
    }
    expect((await signIn(h)).refresh).not.toBe('')
  })

  test('revokeRefreshTokens by token or by persona revokes only those', async ({ h }) => {
    const [first, second, morgan] = [
      await signIn(h),
      await signIn(h),
      await signIn(h, 'morgan-lee'),
    ]
    await setFaults(h, { revokeRefreshTokens: { token: first.refresh } })
    await expectOAuthError(await refreshWith(h, first.refresh), 400, 'invalid_grant')
    await tokensOf(await refreshWith(h, second.refresh))
    const third = await signIn(h)
    await setFaults(h, { revokeRefreshTokens: { personaID: 'pat-rivera' }, expireTokens: true })
    await expectOAuthError(await refreshWith(h, third.refresh), 400, 'invalid_grant')
    expect((await self(h, third.access)).status).toBe(401)
    await tokensOf(await refreshWith(h, morgan.refresh))
  })

  test('accessTokenTtlSeconds shortens the tokens issued from then on', async ({ h }) => {
    await setFaults(h, { accessTokenTtlSeconds: 30 })
    const pat = await signInWithOAuth(h, 'pat-rivera')
    expect(pat.expires_in).toBe(30)
    h.advanceClock(30_000)
    expect((await self(h, pat.access_token)).status).toBe(401)
    const next = await tokensOf(await refreshWith(h, pat.refresh_token ?? ''))
    expect(next.expires_in).toBe(30)
  })

  test('tokenErrorRate answers 503 server_error before the grant runs: the refresh token is untouched', async ({
    h,
  }) => {
    const pat = await signIn(h)
    await setFaults(h, { tokenErrorRate: 0.5 })
    h.setRandom(0.49)
    await expectOAuthError(await refreshWith(h, pat.refresh), 503, 'server_error')
    h.setRandom(0.5)
    const next = await tokensOf(await refreshWith(h, pat.refresh))
    h.advanceClock(61_000)
    await tokensOf(await refreshWith(h, next.refresh_token ?? ''))
  })

  test('tokenErrorPhase "after" rotates, loses the answer, and the grace recovers the same pair', async ({
    h,
  }) => {
    const pat = await signIn(h)
    await setFaults(h, { tokenErrorRate: 1, tokenErrorPhase: 'after' })
    await expectOAuthError(await refreshWith(h, pat.refresh), 503, 'server_error')
    await setFaults(h, { tokenErrorRate: 0 })
    const recovered = await tokensOf(await refreshWith(h, pat.refresh))
    const again = await tokensOf(await refreshWith(h, pat.refresh))
    expect(again.refresh_token).toBe(recovered.refresh_token)
  })

  test('tokenLatencyMs stalls the token endpoint only', async ({ h }) => {
    const pat = await signIn(h)
    await setFaults(h, { tokenLatencyMs: 5000 })
    vi.useFakeTimers({ toFake: ['setTimeout'] })
    expect((await self(h, pat.access)).status).toBe(200)
    let settled: Response | undefined
    const pending = refreshWith(h, pat.refresh).then((res) => (settled = res))
    await vi.advanceTimersByTimeAsync(4999)
    expect(settled).toBeUndefined()
    await vi.advanceTimersByTimeAsync(1)
    await pending
    expect(settled?.status).toBe(200)
  })

  test.for([
    [{ accessTokenTtlSeconds: 0 }, 'accessTokenTtlSeconds'],
    [{ accessTokenTtlSeconds: 3601 }, 'accessTokenTtlSeconds'],
    [{ tokenErrorRate: 2 }, 'tokenErrorRate'],
    [{ tokenLatencyMs: -1 }, 'tokenLatencyMs'],
    [{ tokenErrorPhase: 'during' }, 'tokenErrorPhase'],
    [{ revokeRefreshTokens: 'some' }, 'revokeRefreshTokens'],
    [{ revokeRefreshTokens: { persona: 'pat-rivera' } }, 'revokeRefreshTokens'],
    [{ revokeRefreshTokens: { personaID: 'nobody' } }, 'revokeRefreshTokens.personaID'],
    [{ revokeRefreshTokens: { token: '' } }, 'revokeRefreshTokens.token'],
  ])('refuses %j with 400 naming %s', async ([json, field], { h }) => {
    const res = await h.send('PUT', '/sandbox/faults', { json })
    expect(fieldsOf(await expectProblem(res, 400, 'validation-error'))).toEqual([field])
  })

  test('go back to the defaults on POST /sandbox/reset', async ({ h }) => {
    await setFaults(h, { accessTokenTtlSeconds: 5, tokenErrorRate: 1, tokenLatencyMs: 10 })
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
  test('lists every authorize and token call with its grant type, injected failures included, and no secret', async ({
    h,
  }) => {
    const pat = await signIn(h)
    await setFaults(h, { tokenErrorRate: 1 })
    await refreshWith(h, pat.refresh)
    await setFaults(h, { tokenErrorRate: 0 })
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
