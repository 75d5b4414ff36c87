import { pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openAddForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('adding a number', () => {
  test('a national number is formatted as typed, saved as E.164 and listed', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { stored } = signedIn
    const before = await stored()
    const form = await openAddForm(page)
    await expect(form.phone).toBeFocused()
    await expect(form.phone).toHaveAttribute('inputmode', 'tel')
    await expect(form.phone).toHaveAttribute('autocomplete', 'tel')
    await expectNoAxeViolations(page)

    await form.phone.pressSequentially('4155550123')
    await expect(form.phone).toHaveValue('(415) 555-0123')
    await form.name.fill('Front desk')
    await form.save.click()

    await expect(numbersListPage(page).toast('Added Front desk.')).toBeVisible()
    await expect(form.dialog).toBeHidden()
    await expect(numbersListPage(page).rowOf('Front desk')).toContainText('(415) 555-0123')
    const after = await stored()
    expect(after).toHaveLength(before.length + 1)
    expect(after).toContainEqual(
      expect.objectContaining({
        phoneNumber: '+14155550123',
        name: 'Front desk',
        isDeleted: false,
      }),
    )
  })

  test('an international +1 number', async ({ page, signedIn }) => {
    const { stored } = signedIn
    const form = await openAddForm(page)
    await form.phone.pressSequentially('+1 415 555 0177')
    await expect(form.phone).toHaveValue('+1 (415) 555-0177')
    await form.name.fill('Crew lead – Sam')
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    expect(await stored()).toContainEqual(
      expect.objectContaining({ phoneNumber: '+14155550177', name: 'Crew lead – Sam' }),
    )
  })

  for (const [pasted, shown, e164] of [
    ['(415) 555-0199', '(415) 555-0199', '+14155550199'],
    ['415.555.0188', '(415) 555-0188', '+14155550188'],
  ] as const) {
    test(`a pasted ${pasted}`, async ({ page, signedIn }) => {
      const { active } = signedIn
      const form = await openAddForm(page)
      await form.phone.focus()
      await pasteText(page, pasted)
      await expect(form.phone).toHaveValue(shown)
      await form.name.fill('Pasted line')
      await form.save.click()
      await expect(form.dialog).toBeHidden()
      expect(await active()).toContainEqual(
        expect.objectContaining({ phoneNumber: e164, name: 'Pasted line' }),
      )
    })
  }

  test('Backspace over the ")" deletes a digit instead of sticking', async ({
    page,
    signedIn: _,
  }) => {
    const form = await openAddForm(page)
    await form.phone.pressSequentially('415')
    await expect(form.phone).toHaveValue('(415)')
    await page.keyboard.press('Backspace')
    await expect(form.phone).toHaveValue('41')
    await form.phone.pressSequentially('5555')
    await expect(form.phone).toHaveValue('(415) 555')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await page.keyboard.press('Backspace')
    await expect(form.phone).toHaveValue('(415)')
  })

  test('Save is disabled while the number is being sent', async ({
    page,
    sandbox,
    signedIn: _,
  }) => {
    const form = await openAddForm(page)
    await form.phone.fill('415 555 0166')
    await form.name.fill('Slow line')
    await sandbox.setFaults({ latencyMs: 1500 })
    await form.save.click()
    await expect(form.save).toBeDisabled()
    await expect(form.dialog.getByRole('status')).toHaveText('Saving…')
    await expect(form.dialog).toBeHidden({ timeout: 10_000 })
  })

  test('closing goes back to the list with its query string and focus', async ({
    page,
    signedIn: _,
  }) => {
    await page.getByLabel('Sort by').selectOption('added')
    await expect(page).toHaveURL(/\?sort=added$/)
    const form = await openAddForm(page)
    await expect(page).toHaveURL(/\/numbers\/new\?sort=added$/)
    await page.keyboard.press('Escape')
    await expect(form.dialog).toBeHidden()
    await expect(page).toHaveURL(/\/numbers\?sort=added$/)
    await expect(numbersListPage(page).addLink).toBeFocused()
  })

  test('leaving a changed form asks first', async ({ page, signedIn: _ }) => {
    await page.getByLabel('Sort by').selectOption('added')
    const form = await openAddForm(page)
    await form.phone.pressSequentially('415555')
    await page.keyboard.press('Escape')
    const prompt = form.discardPrompt
    await expect(prompt).toBeVisible()
    await expect(prompt.getByRole('button', { name: 'Keep editing' })).toBeFocused()
    // A second Escape answers the prompt; it must not close the dialog behind it.
    await page.keyboard.press('Escape')
    await expect(prompt).toBeHidden()
    await expect(form.dialog).toBeVisible()
    await expect(form.phone).toHaveValue('(415) 555')

    await form.cancel.click()
    await prompt.getByRole('button', { name: 'Keep editing' }).click()
    await expect(form.phone).toHaveValue('(415) 555')

    await form.dialog.getByRole('button', { name: 'Close' }).click()
    await prompt.getByRole('button', { name: 'Discard' }).click()
    await expect(form.dialog).toBeHidden()
    await expect(page).toHaveURL(/\/numbers\?sort=added$/)
  })
})

test.describe('refusing a number before it is sent', () => {
  for (const [reason, typed, message] of [
    ['too short', '415555', 'This number is too short. Enter all 10 digits, area code first.'],
    [
      'too long',
      '415 555 0123 4567',
      'This number has too many digits. A US number has 10, or 11 starting with 1.',
    ],
    [
      'not valid',
      '+1234567890',
      "This isn't a valid phone number: +1 must be followed by 10 digits.",
    ],
    ['not US', '+44 20 7946 0958', 'Only US numbers can be registered.'],
    ['an extension', '415-555-0100 x12', 'Extensions are not supported.'],
  ] as const) {
    test(`${reason}: ${typed}`, async ({ page, signedIn }) => {
      const { stored } = signedIn
      const before = await stored()
      const form = await openAddForm(page)
      await form.phone.fill(typed)
      await form.name.fill('Test line')
      await form.save.click()
      await expect(form.phone).toHaveAttribute('aria-invalid', 'true')
      await expect(form.phone).toHaveAccessibleDescription(new RegExp(escapeRegExp(message)))
      await expect(form.phone).toBeFocused()
      await expect(form.dialog).toBeVisible()
      expect(await stored()).toEqual(before)
    })
  }

  test('name errors, said before sending; a blank name is the number itself', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { stored } = signedIn
    const before = await stored()
    const form = await openAddForm(page)
    await form.phone.fill('4155550155')
    await form.name.fill('x'.repeat(101))
    await form.save.click()
    await expect(form.name).toHaveAccessibleDescription(
      /Keep the name to 100 characters or fewer \(this has 101\)\./,
    )
    await expect(form.name).toBeFocused()
    await expectNoAxeViolations(page)

    await form.name.fill('a\tb')
    await form.save.click()
    await expect(form.name).toHaveAccessibleDescription(/can't contain control characters/)
    await form.name.fill('x'.repeat(100))
    await expect(form.name).not.toHaveAttribute('aria-invalid')
    expect(await stored()).toEqual(before)

    // Decision 0010: blank is no error. The name sent is the number as the list shows it.
    await form.name.fill('   ')
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    await expect(
      numbersListPage(page).rowOf('(415) 555-0155').locator('[data-field="name"]'),
    ).toHaveText('(415) 555-0155')
    expect(await stored()).toContainEqual(
      expect.objectContaining({ phoneNumber: '+14155550155', name: '(415) 555-0155' }),
    )
  })

  test('a number already registered here is refused, by the form and by the server', async ({
    page,
    signedIn,
  }) => {
    const { businessID, accessToken, stored } = signedIn
    const form = await openAddForm(page)
    // Office line, active in Rivera Plumbing.
    await form.phone.fill('(415) 555-0142')
    await form.name.fill('Another office')
    await form.save.click()
    await expect(form.phone).toHaveAccessibleDescription(/already registered/)
    expect((await stored()).filter((n) => n.phoneNumber === '+14155550142')).toHaveLength(1)

    // Registered elsewhere after the list was loaded: only the server can know (409).
    const response = await page.request.post(
      `/api/v4/businesses/${businessID}/associate-phone-numbers`,
      {
        headers: { Authorization: `Bearer ${accessToken}` },
        data: { phoneNumber: '+14155550144', name: 'Registered meanwhile' },
      },
    )
    expect(response.status()).toBe(201)
    await form.phone.fill('415 555 0144')
    await form.save.click()
    await expect(form.phone).toHaveAccessibleDescription(/already registered/)
    await expect(form.phone).toHaveValue('(415) 555-0144')
    await expect(form.name).toHaveValue('Another office')
    expect((await stored()).filter((n) => n.phoneNumber === '+14155550144')).toHaveLength(1)
  })

  test('a server failure is shown with its trace ID, and the text is kept', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { stored } = signedIn
    const form = await openAddForm(page)
    await form.phone.fill('4155550133')
    await form.name.fill('Warehouse')
    await sandbox.setFaults({ errorRate: 1 })
    await form.save.click()
    const alert = form.failed
    await expect(alert).toBeVisible()
    await expect(alert).toContainText(/Trace ID: [0-9a-f]{16}/)
    await expect(form.phone).toHaveValue('(415) 555-0133')
    await expect(form.name).toHaveValue('Warehouse')

    await sandbox.setFaults({ errorRate: 0 })
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    expect(await stored()).toContainEqual(
      expect.objectContaining({ phoneNumber: '+14155550133', name: 'Warehouse' }),
    )
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the form fits and works by keyboard', async ({ page, signedIn, expectNoAxeViolations }) => {
    const { stored } = signedIn
    const form = await openAddForm(page)
    await page.keyboard.type('6505550111')
    await page.keyboard.press('Tab')
    await expect(form.name).toBeFocused()
    await page.keyboard.type('Van 3 – Ana')
    await expect(form.save).toBeInViewport({ ratio: 1 })
    const box = await form.dialog.boundingBox()
    expect(box?.width).toBeLessThanOrEqual(390)
    await expectNoAxeViolations(page)
    await page.keyboard.press('Enter')
    await expect(form.dialog).toBeHidden()
    expect(await stored()).toContainEqual(
      expect.objectContaining({ phoneNumber: '+16505550111', name: 'Van 3 – Ana' }),
    )
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
