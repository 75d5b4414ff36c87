import { type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { type SandboxControl, signInAs } from './support/sandbox-control'

const credentialsKey = 'numbers-console.credentials'

async function firstActiveNumber(sandbox: SandboxControl, persona: string) {
  const { businessIDs } = await sandbox.persona(persona)
  const businessID = businessIDs[0] ?? ''
  const target = (await sandbox.numbersOf(persona, businessID)).find((n) => !n.isDeleted)
  if (!target) throw new Error('no active number')
  return { businessID, target }
}

/** Deletes a number and sends the removal at once, without waiting out the Undo window. */
async function deleteNow(page: Page, name: string) {
  await page.getByRole('button', { name: `Delete ${name}` }).click()
  await page
    .getByRole('status')
    .filter({ hasText: `Deleted ${name}.` })
    .getByRole('button', { name: 'Dismiss' })
    .click()
}

async function isDeleted(sandbox: SandboxControl, businessID: string, phoneNumberID: string) {
  const stored = await sandbox.numbersOf('Pat Rivera', businessID)
  return stored.find((n) => n.phoneNumberID === phoneNumberID)?.isDeleted
}

test.describe('a token that expires mid-session', () => {
  test('asks to sign in again in place, then finishes the interrupted delete', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    const { businessID, target } = await firstActiveNumber(sandbox, 'Pat Rivera')
    await signInAs(page, 'Pat Rivera')
    const search = page.getByRole('searchbox', { name: 'Search numbers' })
    await search.fill(target.name)
    // The search is kept in the address (q=…) too.
    await expect(page).toHaveURL(/[?&]q=/)
    const url = page.url()
    const oldToken = (await sandbox.persona('Pat Rivera')).accessToken

    await sandbox.setFaults({ expireTokens: true })
    await deleteNow(page, target.name)

    const dialog = page.getByRole('dialog', { name: 'Sign in again' })
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    await expectNoAxeViolations(page)
    // Still there underneath: the page, the URL and what was typed.
    expect(await isDeleted(sandbox, businessID, target.phoneNumberID)).toBe(false)

    await dialog.getByRole('button', { name: 'Sign in again as Pat Rivera' }).click()
    await expect(dialog).toBeHidden()

    await expect.poll(() => isDeleted(sandbox, businessID, target.phoneNumberID)).toBe(true)
    await expect(page.getByText(/Could not delete/)).toHaveCount(0)
    expect(page.url()).toBe(url)
    await expect(search).toHaveValue(target.name)
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
    const stored = await page.evaluate((key) => window.sessionStorage.getItem(key), credentialsKey)
    expect(stored).not.toContain(oldToken)
    expect(stored).toContain((await sandbox.persona('Pat Rivera')).accessToken)
  })

  test('keeps an edit form as typed and saves it once signed in again', async ({
    page,
    sandbox,
  }) => {
    const { businessID, target } = await firstActiveNumber(sandbox, 'Pat Rivera')
    await signInAs(page, 'Pat Rivera')
    await page.getByRole('link', { name: `Edit ${target.name}` }).click()
    const form = page.getByRole('dialog', { name: `Edit ${target.name}` })
    const name = form.getByLabel('Name', { exact: true })
    await name.fill('Front desk (renamed)')

    await sandbox.setFaults({ expireTokens: true })
    await form.getByRole('button', { name: 'Save' }).click()
    const signInAgain = page.getByRole('dialog', { name: 'Sign in again' })
    await expect(signInAgain).toBeVisible()
    await expect(name).toHaveValue('Front desk (renamed)')

    await signInAgain.getByRole('button', { name: 'Sign in again as Pat Rivera' }).click()
    await expect(signInAgain).toBeHidden()
    await expect
      .poll(async () => {
        const stored = await sandbox.numbersOf('Pat Rivera', businessID)
        return stored.find((n) => n.phoneNumberID === target.phoneNumberID)?.name
      })
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

    const dialog = page.getByRole('dialog', { name: 'Sign in again' })
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    await dialog.getByRole('button', { name: 'Sign in again as Morgan Lee' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('link', { name: 'Lee Solar' })).toBeVisible()
    await expect(page.getByText('Signed in as Morgan Lee')).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test('a token sign-in gets the token form, and a new token carries on', async ({
    page,
    sandbox,
  }) => {
    const { businessID, target } = await firstActiveNumber(sandbox, 'Pat Rivera')
    await page.goto('/sign-in')
    await page
      .getByLabel('Access token', { exact: true })
      .fill((await sandbox.persona('Pat Rivera')).accessToken)
    await page.getByRole('button', { name: 'Sign in with token' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()

    await sandbox.setFaults({ expireTokens: true })
    await deleteNow(page, target.name)
    const dialog = page.getByRole('dialog', { name: 'Sign in again' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByRole('button', { name: /Sign in again as/ })).toHaveCount(0)

    // Another user's token is refused: the page underneath holds Pat's data.
    await dialog
      .getByLabel('Access token', { exact: true })
      .fill((await sandbox.persona('Morgan Lee')).accessToken)
    await dialog.getByRole('button', { name: 'Sign in with token' }).click()
    await expect(dialog.getByText(/belongs to someone else/)).toBeVisible()

    await dialog
      .getByLabel('Access token', { exact: true })
      .fill((await sandbox.persona('Pat Rivera')).accessToken)
    await dialog.getByRole('button', { name: 'Sign in with token' }).click()
    await expect(dialog).toBeHidden()
    await expect.poll(() => isDeleted(sandbox, businessID, target.phoneNumberID)).toBe(true)
  })

  test('Sign out in the dialog gives up and forgets the token', async ({ page, sandbox }) => {
    const { target } = await firstActiveNumber(sandbox, 'Pat Rivera')
    await signInAs(page, 'Pat Rivera')
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
    const oldToken = (await sandbox.persona('Pat Rivera')).accessToken
    await sandbox.setFaults({ expireTokens: true })
    await deleteNow(page, target.name)

    const dialog = page.getByRole('dialog', { name: 'Sign in again' })
    await dialog.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    const storage = await page.evaluate(() => JSON.stringify(Object.entries(window.sessionStorage)))
    expect(storage).not.toContain(oldToken)
  })
})
