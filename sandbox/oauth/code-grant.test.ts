import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { describe, expect } from 'vitest'
import { createHarness, type Harness, test } from '../testing/harness.ts'
import {
  ALL_SCOPES,
  codeFor,
  exchange,
  expectOAuthError,
  tokenCall,
  tokensOf,
} from '../testing/oauth-flow.ts'
import { thumbtackUnauthorizedSchema } from './token-schemas.ts'

const self = (h: Harness, token: string) =>
  h.app.request('/api/v4/users/self', { headers: { Authorization: `Bearer ${token}` } })

describe('POST /oauth2/token, grant_type=authorization_code', () => {
  test('exchanges a code for an hour-long access token and a refresh token, never cached', async ({
    h,
  }) => {
    const tokens = await tokensOf(await exchange(h, await codeFor(h, 'pat-rivera')))
    expect(tokens.token_type).toBe('bearer')
    expect(tokens.expires_in).toBe(3600)
    expect(tokens.scope).toBe(ALL_SCOPES)
    expect(tokens.access_token).toMatch(/^sbx_at_/)
    expect(tokens.refresh_token).toMatch(/^sbx_rt_/)
    const res = await self(h, tokens.access_token)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ firstName: 'Pat', lastName: 'Rivera' })
  })

  test('stores only hashes: no code or token appears in the database file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-oauth-'))
    const file = path.join(dir, 'sandbox.sqlite')
    const onFile = await createHarness(file)
    try {
      const code = await codeFor(onFile, 'morgan-lee')
      const tokens = await tokensOf(await exchange(onFile, code))
      const db = new BetterSqlite3(file, { readonly: true })
      const tables = ['oauth_codes', 'oauth_grants', 'oauth_access_tokens', 'oauth_refresh_tokens']
      const dump = JSON.stringify(tables.map((table) => db.prepare(`SELECT * FROM ${table}`).all()))
      db.close()
      for (const secret of [code, tokens.access_token, tokens.refresh_token ?? 'missing'])
        expect(dump).not.toContain(secret)
      expect(dump).toContain(createHash('sha256').update(tokens.access_token).digest('hex'))
    } finally {
      onFile.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('issues no refresh token without offline_access', async ({ h }) => {
    const code = await codeFor(h, 'pat-rivera', { scope: 'supply::businesses.list' })
    const tokens = await tokensOf(await exchange(h, code))
    expect(tokens.refresh_token).toBeUndefined()
    expect(tokens.scope).toBe('supply::businesses.list')
  })

  test('takes a code once: a second exchange is invalid_grant and revokes what the first one got', async ({
    h,
  }) => {
    const code = await codeFor(h, 'pat-rivera')
    const first = await tokensOf(await exchange(h, code))
    const again = await expectOAuthError(await exchange(h, code), 400, 'invalid_grant')
    expect(again.error_description).toMatch(/already used/)
    const res = await self(h, first.access_token)
    expect(res.status).toBe(401)
    expect(thumbtackUnauthorizedSchema.parse(await res.json()).detail).toMatch(/not active/)
    const refresh = { grant_type: 'refresh_token', refresh_token: first.refresh_token ?? '' }
    await expectOAuthError(await tokenCall(h, refresh), 400, 'invalid_grant')
  })

  test('lets a code live 5 minutes by the sandbox clock', async ({ h }) => {
    const early = await codeFor(h, 'pat-rivera')
    const late = await codeFor(h, 'pat-rivera')
    h.advanceClock(5 * 60_000 - 1)
    await tokensOf(await exchange(h, early))
    h.advanceClock(1)
    const expired = await expectOAuthError(await exchange(h, late), 400, 'invalid_grant')
    expect(expired.error_description).toMatch(/expired/)
  })

  test.for([
    ['a wrong verifier', { code_verifier: 'w'.repeat(43) }, 'invalid_grant', /does not match/],
    ['a malformed verifier', { code_verifier: 'short' }, 'invalid_grant', /does not match/],
    [
      'another redirect_uri',
      { redirect_uri: 'http://127.0.0.1:5000/auth/callback' },
      'invalid_grant',
      /redirect_uri/,
    ],
    ['no redirect_uri', { redirect_uri: '' }, 'invalid_request', /redirect_uri is missing/],
    ['an unknown code', { code: 'sbx_ac_nothing' }, 'invalid_grant', /not valid/],
  ] as const)(
    'refuses %s, and the code still works afterwards',
    async ([_label, extra, error, description], { h }) => {
      const code = await codeFor(h, 'pat-rivera')
      const refused = await expectOAuthError(await exchange(h, code, extra), 400, error)
      expect(refused.error_description).toMatch(description)
      await tokensOf(await exchange(h, code))
    },
  )

  test('refuses a missing verifier when a challenge was sent, and a verifier when none was', async ({
    h,
  }) => {
    const code = await codeFor(h, 'pat-rivera')
    const noVerifier = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://127.0.0.1:4999/auth/callback',
    }
    await expectOAuthError(await tokenCall(h, noVerifier), 400, 'invalid_request')
    const plain = await codeFor(h, 'pat-rivera', {
      code_challenge: undefined,
      code_challenge_method: undefined,
    })
    const downgrade = await expectOAuthError(await exchange(h, plain), 400, 'invalid_grant')
    expect(downgrade.error_description).toMatch(/no code_challenge/)
    await tokensOf(await tokenCall(h, { ...noVerifier, code: plain }))
  })
})
