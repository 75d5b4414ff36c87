import { type Response } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { watchPage } from './support/page-watch'
import { addForm, editForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'

// The app server's security headers, as Chromium receives them, and proof that the app
// works under them: no Content Security Policy violation through sign-in, list, add, edit,
// delete and sign-out. And the access token: never in localStorage, gone from
// sessionStorage after sign-out, never in a URL, never in the console.

const credentialsKey = 'numbers-console.credentials'

/** The policy as directive → values, so a test can say exactly what script-src allows. */
function parseCsp(header: string): Map<string, string[]> {
  return new Map(
    header
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...values]) => [name.toLowerCase(), values]),
  )
}

async function expectSecurityHeaders(response: Response, what: string) {
  const headers = await response.allHeaders()
  const csp = headers['content-security-policy']
  expect(csp, `${what}: Content-Security-Policy`).toBeDefined()
  const policy = parseCsp(csp ?? '')
  // No inline script and no eval: only files from this origin run.
  expect(policy.get('script-src'), `${what}: script-src`).toEqual(["'self'"])
  expect(csp, what).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'/)
  expect(policy.get('default-src'), `${what}: default-src`).toEqual(["'self'"])
  expect(policy.get('object-src'), `${what}: object-src`).toEqual(["'none'"])
  expect(policy.get('frame-ancestors'), `${what}: frame-ancestors`).toEqual(["'none'"])
  expect(headers['x-content-type-options'], `${what}: nosniff`).toBe('nosniff')
  expect(headers['referrer-policy'], `${what}: Referrer-Policy`).toBe('no-referrer')
  expect(headers['x-frame-options'], `${what}: X-Frame-Options`).toBe('DENY')
}

test.describe('security headers and tokens in Chromium', () => {
  test('the page, its assets and the API carry the headers, and the app runs under them', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(60_000)
    const watch = await watchPage(page)
    const responses: Response[] = []
    page.on('response', (response) => responses.push(response))

    const html = await page.goto('/sign-in')
    if (!html) throw new Error('no response for the page')
    expect(html.headers()['content-type']).toMatch(/^text\/html/)
    await expectSecurityHeaders(html, 'the HTML page')
    // A deep link is the same page, with the same headers.
    const deep = await page.goto('/businesses/5343987659230309812/numbers?q=x')
    if (!deep) throw new Error('no response for the deep link')
    await expectSecurityHeaders(deep, 'a deep link')

    const { accessToken, stored } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
    const list = numbersListPage(page)

    const script = responses.find((r) => /\/assets\/[^/]+\.js$/.test(new URL(r.url()).pathname))
    const style = responses.find((r) => /\/assets\/[^/]+\.css$/.test(new URL(r.url()).pathname))
    const api = responses.find((r) => new URL(r.url()).pathname === '/api/v4/users/self')
    const personas = responses.find((r) => new URL(r.url()).pathname === '/sandbox/personas')
    if (!script || !style || !api || !personas) throw new Error('a response type is missing')
    await expectSecurityHeaders(script, 'a script asset')
    expect(script.headers()['content-type']).toMatch(/javascript/)
    await expectSecurityHeaders(style, 'a stylesheet asset')
    await expectSecurityHeaders(api, 'an API answer')
    expect(api.status()).toBe(200)
    await expectSecurityHeaders(personas, 'a sandbox answer')

    // Add, edit and delete, all under the policy.
    await list.addLink.click()
    const add = addForm(page)
    await add.phone.fill('(415) 555-0190')
    await add.name.fill('Header check')
    await add.save.click()
    await expect(add.dialog).toBeHidden()
    await expect(list.rowOf('Header check')).toHaveCount(1)

    await list.editLink('Header check').click()
    const edit = editForm(page, 'Header check')
    await edit.name.fill('Header check 2')
    await edit.save.click()
    await expect(edit.dialog).toBeHidden()

    // Dismissing sends the removal at once instead of waiting out the Undo window.
    await list.deleteNow('Header check 2')
    await expect
      .poll(async () => (await stored()).find((n) => n.name === 'Header check 2')?.isDeleted)
      .toBe(true)

    // The token was really in use (so the checks below are not vacuous)…
    const session = await page.evaluate((key) => window.sessionStorage.getItem(key), credentialsKey)
    expect(session).toContain(accessToken)
    const local = await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))
    expect(local).not.toContain(accessToken)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    const after = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)))
    expect(after).not.toContain(accessToken)
    expect(await page.evaluate(() => window.localStorage.length)).toBe(0)

    // …and never left where it could leak.
    expect(watch.requestURLs.length).toBeGreaterThan(10)
    expect(watch.requestURLs.filter((url) => url.includes(accessToken))).toEqual([])
    expect(watch.consoleMessages.filter((line) => line.includes(accessToken))).toEqual([])
    expect(watch.cspViolations).toEqual([])
    expect(watch.cspConsoleReports()).toEqual([])
    expect(watch.pageErrors).toEqual([])
  })

  test('every request of a session carries the token in a header, never in its URL', async ({
    page,
    sandbox,
  }) => {
    const watch = await watchPage(page)
    const authorized: string[] = []
    page.on('request', (request) => {
      const auth = request.headers().authorization
      if (auth) authorized.push(auth)
    })
    await signInAs(page, 'Morgan Lee')
    await page.getByRole('link', { name: 'Lee Solar' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search numbers' }).fill('55')
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
    const { accessToken } = await sandbox.persona('Morgan Lee')

    expect(authorized.length).toBeGreaterThan(2)
    expect(new Set(authorized)).toEqual(new Set([`Bearer ${accessToken}`]))
    expect(watch.requestURLs.filter((url) => url.includes(accessToken))).toEqual([])
    expect(page.url()).not.toContain(accessToken)
    expect(watch.consoleMessages.filter((line) => line.includes(accessToken))).toEqual([])
    expect(watch.cspViolations).toEqual([])
  })

  test('another site cannot frame the app', async ({ page, baseURL }) => {
    await page.goto('about:blank')
    await page.setContent(`<iframe title="framed" src="${baseURL ?? ''}/sign-in"></iframe>`)
    // Chromium replaces a refused frame with its own error page.
    await expect
      .poll(() =>
        page
          .frames()
          .find((frame) => frame !== page.mainFrame())
          ?.url(),
      )
      .toMatch(/^chrome-error:/)
    const framed = page.frameLocator('iframe[title="framed"]')
    await expect(framed.getByRole('heading', { name: 'Sign in' })).toHaveCount(0)
  })
})
