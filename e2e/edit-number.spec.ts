import { type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { numberRows } from './support/numbers'
import { signInAs, type SandboxControl } from './support/sandbox-control'

// Rivera Plumbing's seeded "Office line", active.
const OFFICE = { phoneNumber: '+14155550142', name: 'Office line', shown: '(415) 555-0142' }

async function openRivera(page: Page, sandbox: SandboxControl) {
  await signInAs(page, 'Pat Rivera')
  await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
  const pat = await sandbox.persona('Pat Rivera')
  const businessID = pat.businessIDs[0] ?? ''
  const stored = () => sandbox.numbersOf('Pat Rivera', businessID)
  const office = (await stored()).find((n) => n.phoneNumber === OFFICE.phoneNumber)
  if (!office) throw new Error('the seed has no Office line')
  const numberURL = `/api/v4/businesses/${businessID}/associate-phone-numbers/${office.phoneNumberID}`
  const headers = { Authorization: `Bearer ${pat.accessToken}` }
  return {
    businessID,
    office,
    stored,
    storedOffice: async () =>
      (await stored()).find((n) => n.phoneNumberID === office.phoneNumberID),
    /** Someone else, elsewhere, changes the number. */
    changeOnServer: async (data: { phoneNumber: string; name: string }) => {
      const response = await page.request.put(numberURL, { headers, data })
      expect(response.status()).toBe(200)
    },
    removeOnServer: async () => {
      const response = await page.request.delete(numberURL, { headers })
      expect(response.ok()).toBe(true)
    },
  }
}

async function openEditForm(page: Page, name = OFFICE.name) {
  await page.getByRole('link', { name: `Edit ${name}` }).click()
  const dialog = page.getByRole('dialog', { name: `Edit ${name}` })
  await expect(dialog).toBeVisible()
  return {
    dialog,
    phone: dialog.getByRole('textbox', { name: 'Phone number' }),
    name: dialog.getByRole('textbox', { name: 'Name' }),
    save: dialog.getByRole('button', { name: 'Save' }),
  }
}

test.describe('editing a number', () => {
  test('the change shows in the list and the server holds it', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    const { storedOffice } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await expect(form.phone).toHaveValue(OFFICE.shown)
    await expect(form.name).toHaveValue(OFFICE.name)
    await expectNoAxeViolations(page)

    await form.phone.fill('415 555 0143')
    await form.name.fill('Front office')
    await form.save.click()

    await expect(page.getByRole('status').filter({ hasText: 'Saved Front office.' })).toBeVisible()
    await expect(form.dialog).toBeHidden()
    await expect(numberRows(page).filter({ hasText: 'Front office' })).toContainText(
      '(415) 555-0143',
    )
    await expect(page.getByRole('link', { name: 'Edit Front office' })).toBeFocused()
    expect(await storedOffice()).toMatchObject({
      phoneNumber: '+14155550143',
      name: 'Front office',
    })
  })

  test('the list shows the edit at once, and takes it back if the server refuses', async ({
    page,
    sandbox,
  }) => {
    const { storedOffice } = await openRivera(page, sandbox)
    await page.route('**/associate-phone-numbers/*', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue()
      await new Promise((resolve) => setTimeout(resolve, 1500))
      return route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          title: 'Service unavailable.',
          status: 503,
          traceID: 'feca66787a0a9ee8',
        }),
      })
    })
    const form = await openEditForm(page)
    await form.name.fill('Front office')
    await form.save.click()
    await expect(form.save).toBeDisabled()
    await expect(numberRows(page).filter({ hasText: 'Front office' })).toHaveCount(1)

    const alert = form.dialog.getByRole('alert').filter({ hasText: 'Could not save the number.' })
    await expect(alert).toContainText('Trace ID: feca66787a0a9ee8')
    await expect(numberRows(page).filter({ hasText: 'Front office' })).toHaveCount(0)
    await expect(numberRows(page).filter({ hasText: OFFICE.name })).toHaveCount(1)
    await expect(form.name).toHaveValue('Front office')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name })
  })

  test('a number already registered here is refused', async ({ page, sandbox }) => {
    const { storedOffice } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    // "Pat Rivera – mobile".
    await form.phone.fill('(415) 555-2671')
    await form.save.click()
    await expect(form.phone).toHaveAccessibleDescription(/already registered/)
    expect(await storedOffice()).toMatchObject({ phoneNumber: OFFICE.phoneNumber })
  })

  test('Escape closes an unchanged form and focus goes back to the row', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await page.keyboard.press('Escape')
    await expect(form.dialog).toBeHidden()
    await expect(page.getByRole('link', { name: `Edit ${OFFICE.name}` })).toBeFocused()
  })

  test('leaving a changed form asks first, the back button included', async ({ page, sandbox }) => {
    const { storedOffice } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    const editURL = page.url()
    await form.name.fill('Half typed')

    await page.keyboard.press('Escape')
    const prompt = form.dialog.getByRole('alertdialog', { name: 'Discard changes?' })
    await prompt.getByRole('button', { name: 'Keep editing' }).click()
    await expect(form.name).toHaveValue('Half typed')
    await expect(form.name).toBeFocused()

    await page.goBack()
    await expect(prompt).toBeVisible()
    await prompt.getByRole('button', { name: 'Keep editing' }).click()
    await expect(page).toHaveURL(editURL)
    await expect(form.name).toHaveValue('Half typed')

    await page.goBack()
    await prompt.getByRole('button', { name: 'Discard' }).click()
    await expect(form.dialog).toBeHidden()
    await expect(page).toHaveURL(/\/numbers$/)
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name })
  })

  test('a token that expires mid-edit: sign in again, and nothing typed is lost', async ({
    page,
    sandbox,
  }) => {
    const { storedOffice } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await form.name.fill('Signed in again')
    await sandbox.setFaults({ expireTokens: true })
    await form.save.click()

    const signIn = page.getByRole('dialog', { name: 'Sign in again' })
    await expect(signIn).toBeVisible()
    await expect(form.name).toHaveValue('Signed in again')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name })

    await signIn.getByRole('button', { name: 'Sign in again as Pat Rivera' }).click()
    await expect(form.dialog).toBeHidden()
    expect(await storedOffice()).toMatchObject({ name: 'Signed in again' })
  })

  test('closing the tab with changes asks first', async ({ page, sandbox }) => {
    await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await form.name.click()
    await page.keyboard.type(' 2')
    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
  })

  test('opened by its address, it loads; an unknown number says so', async ({ page, sandbox }) => {
    const { businessID, office } = await openRivera(page, sandbox)
    await page.goto(`/businesses/${businessID}/numbers/${office.phoneNumberID}/edit`)
    const dialog = page.getByRole('dialog', { name: `Edit ${OFFICE.name}` })
    await expect(dialog.getByRole('textbox', { name: 'Name' })).toHaveValue(OFFICE.name)

    await page.goto(`/businesses/${businessID}/numbers/1234567890123456789/edit?sort=added`)
    const missing = page.getByRole('dialog', { name: 'Edit number' })
    await expect(missing).toContainText('This number no longer exists')
    await missing.getByRole('button', { name: 'Close' }).first().click()
    await expect(missing).toBeHidden()
    await expect(page).toHaveURL(/\/numbers\?sort=added$/)
  })
})

test.describe('a number changed by someone else meanwhile', () => {
  test('is shown before anything is overwritten; "Overwrite" saves mine', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    const { storedOffice, changeOnServer } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await form.name.fill('Mine')
    await changeOnServer({ phoneNumber: '+14155550145', name: 'Theirs' })
    await form.save.click()

    const warning = form.dialog
      .getByRole('alert')
      .filter({ hasText: 'This number was changed by someone else since you opened it.' })
    await expect(warning).toContainText('Theirs')
    await expect(warning).toContainText('(415) 555-0145')
    await expect(warning.getByRole('button', { name: 'Overwrite with my changes' })).toBeFocused()
    await expectNoAxeViolations(page)
    expect(await storedOffice()).toMatchObject({ phoneNumber: '+14155550145', name: 'Theirs' })

    await warning.getByRole('button', { name: 'Overwrite with my changes' }).click()
    await expect(form.dialog).toBeHidden()
    await expect(numberRows(page).filter({ hasText: 'Mine' })).toContainText(OFFICE.shown)
    expect(await storedOffice()).toMatchObject({ phoneNumber: OFFICE.phoneNumber, name: 'Mine' })
  })

  test('"Use their version" starts again from the server’s values', async ({ page, sandbox }) => {
    const { storedOffice, changeOnServer } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await form.name.fill('Mine')
    await changeOnServer({ phoneNumber: '+14155550145', name: 'Theirs' })
    await form.save.click()
    await form.dialog.getByRole('button', { name: 'Use their version' }).click()

    const theirs = page.getByRole('dialog', { name: 'Edit Theirs' })
    await expect(theirs.getByRole('textbox', { name: 'Name' })).toHaveValue('Theirs')
    await expect(theirs.getByRole('textbox', { name: 'Phone number' })).toHaveValue(
      '(415) 555-0145',
    )
    await expect(theirs.getByRole('alert')).toHaveCount(0)
    // Unchanged now, so closing does not ask.
    await page.keyboard.press('Escape')
    await expect(theirs).toBeHidden()
    expect(await storedOffice()).toMatchObject({ phoneNumber: '+14155550145', name: 'Theirs' })
  })

  test('a number removed meanwhile is not recreated', async ({ page, sandbox }) => {
    const { storedOffice, removeOnServer } = await openRivera(page, sandbox)
    const form = await openEditForm(page)
    await form.name.fill('Mine')
    await removeOnServer()
    await form.save.click()
    await expect(form.dialog.getByRole('alert')).toContainText('It has been removed')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name, isDeleted: true })
  })
})
