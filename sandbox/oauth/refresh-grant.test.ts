import { describe, expect } from 'vitest'
import { type Harness, test } from '../testing/harness.ts'
import { expectOAuthError, refreshWith, signInWithOAuth, tokensOf } from '../testing/oauth-flow.ts'

const DAY = 86_400_000
const status = async (h: Harness, token: string) =>
  (await h.app.request('/api/v4/businesses', { headers: { Authorization: `Bearer ${token}` } }))
    .status

async function signedIn(h: Harness) {
  const tokens = await signInWithOAuth(h, 'pat-rivera')
  return { ...tokens, refresh: tokens.refresh_token ?? '' }
}

describe('grant_type=refresh_token: rotation', () => {
  test('returns a new access and refresh token; both old and new access tokens work', async ({
    h,
  }) => {
    const first = await signedIn(h)
    const next = await tokensOf(await refreshWith(h, first.refresh))
    expect(next.refresh_token).toMatch(/^sbx_rt_/)
    expect(next.refresh_token).not.toBe(first.refresh)
    expect(next.access_token).not.toBe(first.access_token)
    expect(next.scope).toBe(first.scope)
    expect(await status(h, next.access_token)).toBe(200)
    expect(await status(h, first.access_token)).toBe(200)
  })

  test('within 60 s, the old refresh token returns the same successor pair, so racing callers converge', async ({
    h,
  }) => {
    const first = await signedIn(h)
    const winner = await tokensOf(await refreshWith(h, first.refresh))
    h.advanceClock(59_000)
    const late = await tokensOf(await refreshWith(h, first.refresh))
    expect(late.access_token).toBe(winner.access_token)
    expect(late.refresh_token).toBe(winner.refresh_token)
    expect(late.expires_in).toBe(3600 - 59)
    // The successor is still unused: it rotates normally.
    const third = await tokensOf(await refreshWith(h, winner.refresh_token ?? ''))
    expect(third.refresh_token).not.toBe(winner.refresh_token)
  })

  test('after the grace, reuse is invalid_grant and ends the whole sign-in', async ({ h }) => {
    const first = await signedIn(h)
    const next = await tokensOf(await refreshWith(h, first.refresh))
    h.advanceClock(60_000)
    const reuse = await expectOAuthError(await refreshWith(h, first.refresh), 400, 'invalid_grant')
    expect(reuse.error_description).toMatch(/already used/)
    expect(await status(h, next.access_token)).toBe(401)
    expect(await status(h, first.access_token)).toBe(401)
    await expectOAuthError(await refreshWith(h, next.refresh_token ?? ''), 400, 'invalid_grant')
  })

  test('refuses an unknown refresh token and an access token given as one', async ({ h }) => {
    const first = await signedIn(h)
    await expectOAuthError(await refreshWith(h, 'sbx_rt_unknown'), 400, 'invalid_grant')
    await expectOAuthError(await refreshWith(h, first.access_token), 400, 'invalid_grant')
    await expectOAuthError(await refreshWith(h, ''), 400, 'invalid_request')
  })
})

describe('refresh token lifetime: 180 days, sliding', () => {
  test('works until 180 days unused, then is invalid_grant', async ({ h }) => {
    const unused = await signedIn(h)
    h.advanceClock(180 * DAY - 1)
    const used = await signedIn(h)
    await tokensOf(await refreshWith(h, unused.refresh))
    h.advanceClock(180 * DAY)
    const expired = await expectOAuthError(await refreshWith(h, used.refresh), 400, 'invalid_grant')
    expect(expired.error_description).toMatch(/180 days/)
  })

  test('restarts the 180 days at each refresh', async ({ h }) => {
    let token = (await signedIn(h)).refresh
    for (let i = 0; i < 3; i++) {
      h.advanceClock(179 * DAY)
      token = (await tokensOf(await refreshWith(h, token))).refresh_token ?? ''
    }
    h.advanceClock(179 * DAY)
    await tokensOf(await refreshWith(h, token))
  })
})

describe('scope at refresh', () => {
  test('may narrow the access token, never widen it', async ({ h }) => {
    const first = await signedIn(h)
    const narrow = await tokensOf(
      await refreshWith(h, first.refresh, { scope: 'supply::businesses.list' }),
    )
    expect(narrow.scope).toBe('supply::businesses.list')
    const numbers = `/api/v4/businesses/5343987659230309812/associate-phone-numbers`
    const res = await h.app.request(numbers, {
      headers: { Authorization: `Bearer ${narrow.access_token}` },
    })
    expect(res.status).toBe(401)
    const readOnly = await signInWithOAuth(h, 'riley-chen')
    const wider = await refreshWith(h, readOnly.refresh_token ?? '', {
      scope: 'supply::businesses/associate-phone-numbers.write',
    })
    await expectOAuthError(wider, 400, 'invalid_scope')
  })
})
