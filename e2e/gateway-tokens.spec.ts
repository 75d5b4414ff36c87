import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { addForm, openAddForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog } from './support/pages/sign-in-page'
import { allowAs, signInWithThumbtack } from './support/pages/thumbtack-sign-in'
import { tokenPattern, watchWhatThePageSees } from './support/token-witness'

test.use({ devTokenSignIn: false })

const rivera = NAMED_BUSINESSES.riveraPlumbing

test.describe('the gateway keeps every token on the server', () => {
  test('nothing the page can read holds a token, all through signing in and adding', async ({
    page,
    sandbox,
  }) => {
    const watch = watchWhatThePageSees(page)
    await signInWithThumbtack(page, 'Pat Rivera')
    await expect(numbersListPage(page).heading(rivera.name)).toBeVisible()
    const form = await openAddForm(page)
    await form.phone.pressSequentially('4155550178')
    await form.name.fill('Back office')
    await form.save.click()
    await expect(numbersListPage(page).toast('Added Back office.')).toBeVisible()

    const session = await page.evaluate(async () => {
      const response = await fetch('/auth/session', {
        headers: { 'X-Requested-With': 'numbers-console' },
      })
      return response.text()
    })
    expect(session).toContain('"signedIn":true')
    // Tokens were issued (the log counts the exchange), and none of them reached the page.
    const log = await sandbox.requests()
    expect(log.some((r) => r.grantType === 'authorization_code' && r.status === 200)).toBe(true)
    const seen = [...watch.seen, ...(await watch.storage()), `session: ${session}`]
    expect(seen.some((line) => line.startsWith('json '))).toBe(true)
    expect(seen.filter((line) => tokenPattern.test(line))).toEqual([])
    expect(seen.filter((line) => /Bearer|access_token|refresh_token/i.test(line))).toEqual([])
    // The session cookie is HttpOnly: not even its name is visible to script.
    expect((await watch.storage()).join('\n')).not.toContain('nc_session')
  })

  test('an access token that expires mid-session is renewed unseen', async ({ page, sandbox }) => {
    await signInWithThumbtack(page, 'Pat Rivera')
    const list = numbersListPage(page)
    await list.loaded(rivera.name)
    const before = (await sandbox.requests()).length

    await sandbox.setFaults({ expireTokens: true })
    const form = await openAddForm(page)
    await form.phone.pressSequentially('4155550179')
    await form.name.fill('Late shift')
    await form.save.click()

    await expect(list.toast('Added Late shift.')).toBeVisible()
    await expect(signInAgainDialog(page).dialog).toHaveCount(0)
    await expect(page).toHaveURL(new RegExp(`/businesses/${rivera.id}/numbers`))
    const after = (await sandbox.requests()).slice(before)
    // The refused call, one refresh, the replay: the gateway did it all.
    expect(after.filter((r) => r.grantType === 'refresh_token' && r.status === 200)).toHaveLength(1)
    expect(after).toContainEqual(
      expect.objectContaining({ method: 'POST', status: 201, phoneNumbers: ['+14155550179'] }),
    )
  })

  test('a revoked refresh token goes round Thumbtack and back, the typed number kept', async ({
    page,
    sandbox,
  }) => {
    await signInWithThumbtack(page, 'Pat Rivera')
    await expect(numbersListPage(page).heading(rivera.name)).toBeVisible()
    const form = await openAddForm(page)
    const addUrl = page.url()
    await form.phone.pressSequentially('4155550180')
    await form.name.fill('Night line')

    await sandbox.setFaults({ revokeRefreshTokens: 'all', expireTokens: true })
    await form.save.click()
    const again = signInAgainDialog(page)
    await expect(again.dialog).toBeVisible()
    await again.dialog.getByRole('button', { name: 'Sign in again with Thumbtack' }).click()

    await allowAs(page, 'Pat Rivera')
    expect(page.url()).toBe(addUrl)
    const back = addForm(page)
    await expect(back.dialog).toBeVisible()
    await expect(back.phone).toHaveValue('(415) 555-0180')
    await expect(back.name).toHaveValue('Night line')
    // Nothing was saved on the way: the refused call did not run.
    const posted = (await sandbox.requests()).filter((r) => r.method === 'POST' && r.status === 201)
    expect(posted).toEqual([])

    await back.save.click()
    await expect(numbersListPage(page).toast('Added Night line.')).toBeVisible()
    expect(await sandbox.requests()).toContainEqual(
      expect.objectContaining({ method: 'POST', status: 201, phoneNumbers: ['+14155550180'] }),
    )
  })
})
