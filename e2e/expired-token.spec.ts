import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog, signInAs } from './support/pages/sign-in-page'

const credentialsKey = 'numbers-console.credentials'

test.describe('a token that expires mid-session', () => {
  test('asks to sign in again in place, then finishes the interrupted delete', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const target = await signedIn.firstActive()
    const list = numbersListPage(page)
    const { search } = list
    await search.fill(target.name)
    // The search is kept in the address (q=…) too.
    await expect(page).toHaveURL(/[?&]q=/)
    const url = page.url()
    const oldToken = (await sandbox.persona('Pat Rivera')).accessToken

    await sandbox.setFaults({ expireTokens: true })
    await list.deleteNow(target.name)

    const { dialog, asPersona } = signInAgainDialog(page)
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    await expectNoAxeViolations(page)
    // Still there underneath: the page, the URL and what was typed.
    expect(await signedIn.isDeleted(target.phoneNumberID)).toBe(false)

    await asPersona('Pat Rivera').click()
    await expect(dialog).toBeHidden()

    await expect.poll(() => signedIn.isDeleted(target.phoneNumberID)).toBe(true)
    await expect(page.getByText(/Could not remove/)).toHaveCount(0)
    expect(page.url()).toBe(url)
    await expect(search).toHaveValue(target.name)
    await expect(list.heading('Rivera Plumbing')).toBeVisible()
    const stored = await page.evaluate((key) => window.sessionStorage.getItem(key), credentialsKey)
    expect(stored).not.toContain(oldToken)
    expect(stored).toContain((await sandbox.persona('Pat Rivera')).accessToken)
  })

  test('keeps an edit form as typed and saves it once signed in again', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const target = await signedIn.firstActive()
    await numbersListPage(page).editLink(target.name).click()
    const form = page.getByRole('dialog', { name: `Edit ${target.name}` })
    const name = form.getByLabel('Name', { exact: true })
    await name.fill('Front desk (renamed)')

    await sandbox.setFaults({ expireTokens: true })
    await form.getByRole('button', { name: 'Save' }).click()
    const signInAgain = signInAgainDialog(page)
    await expect(signInAgain.dialog).toBeVisible()
    await expect(name).toHaveValue('Front desk (renamed)')

    await signInAgain.asPersona('Pat Rivera').click()
    await expect(signInAgain.dialog).toBeHidden()
    await expect
      .poll(async () => (await signedIn.byID(target.phoneNumberID))?.name)
      .toBe('Front desk (renamed)')
    await expect(form).toBeHidden()
    await expect(page.getByText('Front desk (renamed)', { exact: true })).toBeVisible()
  })

  test('several refused requests at once bring up one dialog', async ({ page, sandbox }) => {
    await signInAs(page, 'Morgan Lee')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
    await sandbox.setFaults({ expireTokens: true })
    // A reload sends who-am-I and the list of businesses together, both with the old token.
    await page.reload()

    const { dialog, asPersona } = signInAgainDialog(page)
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    await asPersona('Morgan Lee').click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('link', { name: 'Lee Solar' })).toBeVisible()
    await expect(page.getByText('Signed in as Morgan Lee')).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('a token sign-in gets the token form, and a new token carries on', async ({
    page,
    sandbox,
  }) => {
    const { businessIDs } = await sandbox.persona('Pat Rivera')
    const businessID = businessIDs[0] ?? ''
    const target = (await sandbox.numbersOf('Pat Rivera', businessID)).find((n) => !n.isDeleted)
    if (!target) throw new Error('no active number')
    const list = numbersListPage(page)
    await page.goto('/sign-in')
    await page
      .getByLabel('Access token', { exact: true })
      .fill((await sandbox.persona('Pat Rivera')).accessToken)
    await page.getByRole('button', { name: 'Sign in with token' }).click()
    await list.loaded('Rivera Plumbing')

    await sandbox.setFaults({ expireTokens: true })
    await list.deleteNow(target.name)
    const { dialog, tokenField, signInWithToken } = signInAgainDialog(page)
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: /Sign in again as/ })).toHaveCount(0)

    // Another user's token is refused: the page underneath holds Pat's data.
    await tokenField.fill((await sandbox.persona('Morgan Lee')).accessToken)
    await signInWithToken.click()
    await expect(dialog.getByText(/belongs to someone else/)).toBeVisible()

    await tokenField.fill((await sandbox.persona('Pat Rivera')).accessToken)
    await signInWithToken.click()
    await expect(dialog).toBeHidden()
    await expect
      .poll(async () => {
        const stored = await sandbox.numbersOf('Pat Rivera', businessID)
        return stored.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted
      })
      .toBe(true)
  })

  test('Sign out in the dialog gives up and forgets the token', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const target = await signedIn.firstActive()
    const oldToken = signedIn.accessToken
    await sandbox.setFaults({ expireTokens: true })
    await numbersListPage(page).deleteNow(target.name)

    const { dialog } = signInAgainDialog(page)
    await dialog.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    const storage = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)))
    expect(storage).not.toContain(oldToken)
  })
})
