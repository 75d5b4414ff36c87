import { type Page } from '@playwright/test'

import { expect, test as base } from './support/fixtures'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog } from './support/pages/sign-in-page'
import { type SandboxControl } from './support/sandbox-control'
import { type SignedInBusiness } from './support/signed-in'

// Rivera Plumbing's seeded "Office line", active.
const OFFICE = { phoneNumber: '+14155550142', name: 'Office line', shown: '(415) 555-0142' }

/** The Office line on the server, and what someone else, elsewhere, may do to it. */
async function theOffice(sandbox: SandboxControl, signedIn: SignedInBusiness) {
  const office = await signedIn.withNumber(OFFICE.phoneNumber)
  const path = `/businesses/${signedIn.businessID}/associate-phone-numbers/${office.phoneNumberID}`
  return {
    record: office,
    storedOffice: () => signedIn.byID(office.phoneNumberID),
    changeOnServer: async (data: { phoneNumber: string; name: string }) => {
      const response = await sandbox.api(signedIn.personaName, 'PUT', path, data)
      expect(response.status()).toBe(200)
    },
    removeOnServer: async () => {
      const response = await sandbox.api(signedIn.personaName, 'DELETE', path)
      expect(response.ok()).toBe(true)
    },
  }
}

/** Every test here starts from the Office line, read from the server. */
const test = base.extend<{ office: Awaited<ReturnType<typeof theOffice>> }>({
  office: async ({ sandbox, signedIn }, use) => {
    await use(await theOffice(sandbox, signedIn))
  },
})

const openOfficeForm = (page: Page) => openEditForm(page, OFFICE.name)

/** I type "Mine" into the Office line; someone else saves "Theirs"; then I press Save. */
async function saveOverTheirChange(
  page: Page,
  changeOnServer: (data: { phoneNumber: string; name: string }) => Promise<void>,
) {
  const form = await openOfficeForm(page)
  await form.name.fill('Mine')
  await changeOnServer({ phoneNumber: '+14155550145', name: 'Theirs' })
  await form.save.click()
  return form
}

test.describe('editing a number', () => {
  test('the change shows in the list and the server holds it', async ({
    page,
    office,
    expectNoAxeViolations,
  }) => {
    const { storedOffice } = office
    const form = await openOfficeForm(page)
    await expect(form.phone).toHaveValue(OFFICE.shown)
    await expect(form.name).toHaveValue(OFFICE.name)
    await expectNoAxeViolations(page)

    await form.phone.fill('415 555 0143')
    await form.name.fill('Front office')
    await form.save.click()

    await expect(numbersListPage(page).toast('Saved Front office.')).toBeVisible()
    await expect(form.dialog).toBeHidden()
    await expect(numbersListPage(page).rowOf('Front office')).toContainText('(415) 555-0143')
    await expect(numbersListPage(page).editLink('Front office')).toBeFocused()
    expect(await storedOffice()).toMatchObject({
      phoneNumber: '+14155550143',
      name: 'Front office',
    })
  })

  test('the list shows the edit at once, and takes it back if the server refuses', async ({
    page,
    office,
  }) => {
    const { storedOffice } = office
    // The refusal is held back until the test has seen the edit in the list: no timing.
    const refusal = { send: (): void => undefined }
    const refused = new Promise<void>((resolve) => {
      refusal.send = resolve
    })
    await page.route('**/associate-phone-numbers/*', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue()
      await refused
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
    const form = await openOfficeForm(page)
    await form.name.fill('Front office')
    await form.save.click()
    await expect(form.save).toBeDisabled()
    await expect(numbersListPage(page).rowOf('Front office')).toHaveCount(1)
    refusal.send()

    const alert = form.failed
    await expect(alert).toContainText('Trace ID: feca66787a0a9ee8')
    await expect(numbersListPage(page).rowOf('Front office')).toHaveCount(0)
    await expect(numbersListPage(page).rowOf(OFFICE.name)).toHaveCount(1)
    await expect(form.name).toHaveValue('Front office')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name })
  })

  test('a number already registered here is refused', async ({ page, office }) => {
    const { storedOffice } = office
    const form = await openOfficeForm(page)
    // "Pat Rivera – mobile".
    await form.phone.fill('(415) 555-2671')
    await form.save.click()
    await expect(form.phone).toHaveAccessibleDescription(/already registered/)
    expect(await storedOffice()).toMatchObject({ phoneNumber: OFFICE.phoneNumber })
  })

  test('Escape closes an unchanged form and focus goes back to the row', async ({
    page,
    office: _,
  }) => {
    const form = await openOfficeForm(page)
    await page.keyboard.press('Escape')
    await expect(form.dialog).toBeHidden()
    await expect(numbersListPage(page).editLink(OFFICE.name)).toBeFocused()
  })

  test('leaving a changed form asks first, the back button included', async ({ page, office }) => {
    const { storedOffice } = office
    const form = await openOfficeForm(page)
    const editURL = page.url()
    await form.name.fill('Half typed')

    await page.keyboard.press('Escape')
    const prompt = form.discardPrompt
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
    office,
  }) => {
    const { storedOffice } = office
    const form = await openOfficeForm(page)
    await form.name.fill('Signed in again')
    await sandbox.setFaults({ expireTokens: true })
    await form.save.click()

    const signIn = signInAgainDialog(page)
    await expect(signIn.dialog).toBeVisible()
    await expect(form.name).toHaveValue('Signed in again')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name })

    await signIn.asPersona('Pat Rivera').click()
    await expect(form.dialog).toBeHidden()
    expect(await storedOffice()).toMatchObject({ name: 'Signed in again' })
  })

  test('closing the tab with changes asks first', async ({ page, office: _ }) => {
    const form = await openOfficeForm(page)
    await form.name.click()
    await page.keyboard.type(' 2')
    const asked = page.waitForEvent('dialog')
    await page.close({ runBeforeUnload: true })
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss()
  })

  test('opened by its address, it loads; an unknown number says so', async ({
    page,
    signedIn,
    office,
  }) => {
    const { businessID } = signedIn
    await page.goto(`/businesses/${businessID}/numbers/${office.record.phoneNumberID}/edit`)
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
    office,
    expectNoAxeViolations,
  }) => {
    const { storedOffice, changeOnServer } = office
    const form = await saveOverTheirChange(page, changeOnServer)

    const warning = form.changedMeanwhile
    await expect(warning).toContainText('Theirs')
    await expect(warning).toContainText('(415) 555-0145')
    await expect(warning.getByRole('button', { name: 'Overwrite with my changes' })).toBeFocused()
    await expectNoAxeViolations(page)
    expect(await storedOffice()).toMatchObject({ phoneNumber: '+14155550145', name: 'Theirs' })

    await warning.getByRole('button', { name: 'Overwrite with my changes' }).click()
    await expect(form.dialog).toBeHidden()
    await expect(numbersListPage(page).rowOf('Mine')).toContainText(OFFICE.shown)
    expect(await storedOffice()).toMatchObject({ phoneNumber: OFFICE.phoneNumber, name: 'Mine' })
  })

  test('"Use their version" starts again from the server’s values', async ({ page, office }) => {
    const { storedOffice, changeOnServer } = office
    const form = await saveOverTheirChange(page, changeOnServer)
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

  test('a number removed meanwhile is not recreated', async ({ page, office }) => {
    const { storedOffice, removeOnServer } = office
    const form = await openOfficeForm(page)
    await form.name.fill('Mine')
    await removeOnServer()
    await form.save.click()
    await expect(form.dialog.getByRole('alert')).toContainText('It has been removed')
    expect(await storedOffice()).toMatchObject({ name: OFFICE.name, isDeleted: true })
  })
})
