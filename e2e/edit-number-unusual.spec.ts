import { expect, test } from './support/fixtures'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

// Numbers the server holds (its rule: +1, area code and exchange not starting 0 or 1) but
// libphonenumber calls invalid: an unassigned area code, 555, an N11 code.
const unusual = ['+19995552671', '+15555552671', '+12115552671']

test.describe('renaming a number libphonenumber calls invalid', () => {
  for (const phoneNumber of unusual) {
    test(`${phoneNumber} is renamed, its unchanged number not judged again`, async ({
      page,
      sandbox,
      signedIn,
    }) => {
      const path = `/businesses/${signedIn.businessID}/associate-phone-numbers`
      const created = await sandbox.api(signedIn.personaName, 'POST', path, {
        phoneNumber,
        name: 'Old van',
      })
      expect(created.status()).toBe(201)
      await page.reload()
      await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()

      const form = await openEditForm(page, 'Old van')
      await form.name.fill('Van 3 – Luis')
      await form.save.click()
      await expect(form.dialog).toHaveCount(0)
      await expect(page.getByText('Van 3 – Luis', { exact: true })).toBeVisible()
      const stored = (await signedIn.active()).find((number) => number.phoneNumber === phoneNumber)
      expect(stored?.name).toBe('Van 3 – Luis')
    })
  }

  test('a changed number is checked as before', async ({ page, sandbox, signedIn }) => {
    const path = `/businesses/${signedIn.businessID}/associate-phone-numbers`
    const created = await sandbox.api(signedIn.personaName, 'POST', path, {
      phoneNumber: '+19995552671',
      name: 'Old van',
    })
    expect(created.status()).toBe(201)
    await page.reload()
    const form = await openEditForm(page, 'Old van')
    await form.phone.fill('(999) 555-2672')
    await form.save.click()
    await expect(
      form.dialog.getByText("This isn't a valid phone number: area code 999 isn't in use."),
    ).toBeVisible()
    await expect(form.dialog).toBeVisible()
    const stored = await signedIn.active()
    expect(stored.some((number) => number.phoneNumber === '+19995552672')).toBe(false)
  })
})
