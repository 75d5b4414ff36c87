import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { test as base, expect, type Page } from '@playwright/test'

import { requestLogSchema } from '../sandbox/contract/sandbox-controls'
import { phoneNumberListSchema } from '../sandbox/contract/phone-numbers'
import { startAppServer } from '../server/app-server'
import { gatewayOn, startSandboxServer } from '../server/testing/shared-sandbox'
import { ensurePostgres } from '../scripts/ensure-postgres'

// Several gateway instances behind a load balancer: two app servers on two ports, one
// PostgreSQL, one sandbox playing Thumbtack, no sticky sessions. Cookies ignore the port,
// so one browser holds one session that both instances must honour.

interface Pair {
  sandbox: string
  a: string
  b: string
}

const test = base.extend<object, { pair: Pair }>({
  pair: [
    // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring to see no dependencies
    async ({}, use) => {
      const postgres = await ensurePostgres()
      const sandbox = await startSandboxServer()
      // The instances share the database and the keys that seal tokens in it.
      const env = {
        DATABASE_URL: postgres.url,
        SESSION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
      }
      const start = () =>
        startAppServer({
          dbPath: ':memory:',
          port: 0,
          host: '127.0.0.1',
          staticDir: path.resolve('dist'),
          gateway: gatewayOn(sandbox.url, env),
        })
      const [a, b] = [await start(), await start()]
      await use({ sandbox: sandbox.url, a: a.url, b: b.url })
      await Promise.all([a.close(), b.close()])
      await sandbox.close()
      await postgres.stop()
    },
    { scope: 'worker' },
  ],
})

const RIVERA_PLUMBING = '5343987659230309812'
const numbersPath = `/api/v4/businesses/${RIVERA_PLUMBING}/associate-phone-numbers`
const CSRF = { 'X-Requested-With': 'numbers-console' }

/** A same-origin call from the page, as the app makes it: cookie, CSRF header, Origin. */
async function callFrom(page: Page, method: string, url: string, body?: unknown) {
  return await page.evaluate(
    async ({ method, url, body, headers }) => {
      const res = await fetch(url, {
        method,
        credentials: 'same-origin',
        headers: { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
      return { status: res.status, body: await res.text() }
    },
    { method, url, body, headers: CSRF },
  )
}

test('a session from one instance works on the other, and an expired token is refreshed once', async ({
  page,
  context,
  pair,
  request,
}) => {
  // Sign in on A, through the sandbox's consent page.
  await page.goto(`${pair.a}/auth/login?returnTo=/`)
  await expect(page).toHaveURL(new RegExp(`^${pair.sandbox}/oauth2/auth`))
  await page.getByLabel('Pat Rivera').check()
  await page.getByRole('button', { name: 'Allow' }).click()
  await expect(page).toHaveURL(`${pair.a}/`)
  const session = (await context.cookies(pair.b)).find((c) => c.name === '__Host-nc_session')
  expect(session, 'the session cookie is sent to the other port too').toBeDefined()
  expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict' })

  // B knows the session A made, and saves a number with it.
  const onB = await context.newPage()
  await onB.goto(`${pair.b}/`)
  const who = await callFrom(onB, 'GET', '/auth/session')
  expect(JSON.parse(who.body)).toMatchObject({ signedIn: true, canWrite: true })
  const saved = await callFrom(onB, 'POST', numbersPath, {
    phoneNumber: '+12125550147',
    name: 'Saved on B',
  })
  expect(saved.status).toBe(201)

  // Every access token expires; 20 calls across both instances at once.
  await request.put(`${pair.sandbox}/sandbox/faults`, { data: { expireTokens: true } })
  const before = requestLogSchema.parse(
    await (await request.get(`${pair.sandbox}/sandbox/requests`)).json(),
  )
  const since = before.requests.at(-1)?.seq ?? 0
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => callFrom(i % 2 ? onB : page, 'GET', numbersPath)),
  )
  for (const answer of answers) {
    expect(answer.status).toBe(200)
    const names = phoneNumberListSchema
      .parse(JSON.parse(answer.body))
      .phoneNumbers.map((n) => n.name)
    expect(names).toContain('Saved on B')
  }
  const log = requestLogSchema.parse(
    await (await request.get(`${pair.sandbox}/sandbox/requests?since=${since}`)).json(),
  )
  const refreshes = log.requests.filter((r) => r.grantType === 'refresh_token')
  expect(refreshes).toHaveLength(1)
  expect(refreshes[0]?.status).toBe(200)
})
