import { createServer, type Server } from 'node:http'
import { type AddressInfo } from 'node:net'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

test.use({ devTokenSignIn: false })

const rivera = NAMED_BUSINESSES.riveraPlumbing
const reason = 'Your sign-in can view numbers but not change them.'

/** A page on another origin (another port of 127.0.0.1) that posts to the app's API. */
async function startForeignSite(appUrl: string): Promise<{ url: string; server: Server }> {
  const target = `${appUrl}/api/v4/businesses/${rivera.id}/associate-phone-numbers`
  const html = `<!doctype html><html lang="en"><title>Elsewhere</title>
<form method="post" action="${target}" enctype="text/plain">
  <input type="hidden" name='{"phoneNumber":"+14155550666","name":"x' value='"}' />
  <button>Post the form</button>
</form>
<script>
  window.postWithFetch = () => fetch(${JSON.stringify(target)}, {
    method: 'POST', credentials: 'include', mode: 'no-cors',
    headers: { 'Content-Type': 'text/plain' },
    body: JSON.stringify({ phoneNumber: '+14155550667', name: 'Forged' }),
  }).then(() => 'sent', () => 'failed')
</script></html>`
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/`, server }
}

test.describe('what the session may do', () => {
  test('Riley Chen (read-only) sees View only, every write control disabled with the reason', async ({
    page,
  }) => {
    await signInWithThumbtack(page, 'Riley Chen')
    const list = numbersListPage(page)
    await expect(list.heading(rivera.name)).toBeVisible()
    await expect(page.getByRole('banner').getByText('View only')).toBeVisible()
    await expect(page.getByText(reason, { exact: true })).toBeVisible()

    for (const name of ['Add number', 'Bulk add']) {
      const control = page.getByRole('button', { name, exact: true })
      await expect(control).toBeDisabled()
      await expect(control).toHaveAccessibleDescription(reason)
    }
    await expect(list.addLink).toHaveCount(0)
    await expect(list.bulkAddLink).toHaveCount(0)
    const firstRow = list.rows.first()
    for (const action of [/^Edit /, /^Delete /]) {
      const control = firstRow.getByRole('button', { name: action })
      await expect(control).toBeDisabled()
      await expect(control).toHaveAccessibleDescription(reason)
    }
    // A deep link to a write form goes back to the list instead.
    await page.goto(`/businesses/${rivera.id}/numbers/new`)
    await expect(list.heading(rivera.name)).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/businesses/${rivera.id}/numbers$`))
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('a page on another origin posting with the cookie is refused and writes nothing', async ({
    page,
    sandbox,
    appServer,
  }) => {
    await signInWithThumbtack(page, 'Pat Rivera')
    await numbersListPage(page).loaded(rivera.name)
    const mark = (await sandbox.requests()).at(-1)?.seq ?? 0
    const foreign = await startForeignSite(appServer.url)
    try {
      await page.goto(foreign.url)
      const fetched = page.waitForResponse(
        (r) => r.url().includes('/api/v4/') && r.request().method() === 'POST',
      )
      expect(await page.evaluate('window.postWithFetch()')).toBe('sent')
      const byFetch = await fetched
      expect(byFetch.status()).toBe(403)
      // Another port of 127.0.0.1 is the same site, so SameSite alone would let the cookie
      // ride along; the gateway's header and Origin checks are what refuse it.

      const posted = page.waitForResponse((r) => r.url().includes('/api/v4/'))
      await page.getByRole('button', { name: 'Post the form' }).click()
      const byForm = await posted
      expect(byForm.status()).toBe(403)
      expect(await byForm.text()).toContain('csrf-refused')
    } finally {
      await new Promise((resolve) => foreign.server.close(resolve))
    }
    // Neither reached the sandbox, and the list is as it was.
    expect(await sandbox.requests(mark)).toEqual([])
  })
})
