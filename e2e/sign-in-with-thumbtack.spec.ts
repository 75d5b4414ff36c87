import { expect, test } from './support/fixtures'
import { openAddForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { consentPage, signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// As `npm start` runs: no demo people, no pasted tokens, only Thumbtack's round trip.
test.use({ devTokenSignIn: false })

test.describe('signing in with Thumbtack', () => {
  test('the sign-in page offers Thumbtack only, and the consent page is accessible', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/businesses/1/numbers?q=office')
    await expect(page).toHaveURL(/\/sign-in\?next=/)
    const link = page.getByRole('link', { name: 'Sign in with Thumbtack' })
    await expect(link).toBeVisible()
    // Back to where the visitor was headed, and nowhere else.
    await expect(link).toHaveAttribute(
      'href',
      `/auth/login?returnTo=${encodeURIComponent('/businesses/1/numbers?q=office')}`,
    )
    await expect(page.getByRole('button', { name: /Sign in as/ })).toHaveCount(0)
    await expect(page.getByRole('heading', { name: 'Use an access token' })).toHaveCount(0)
    await expect(page.getByLabel('Access token')).toHaveCount(0)
    await expectNoAxeViolations(page)

    await link.click()
    await expect(consentPage(page).heading).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a next= that points elsewhere is not followed', async ({ page }) => {
    await page.goto(`/sign-in?next=${encodeURIComponent('//evil.example/x')}`)
    await expect(page.getByRole('link', { name: 'Sign in with Thumbtack' })).toHaveAttribute(
      'href',
      `/auth/login?returnTo=${encodeURIComponent('/')}`,
    )
  })

  test('denying on the consent page says so plainly, on an accessible page', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/sign-in')
    await page.getByRole('link', { name: 'Sign in with Thumbtack' }).click()
    await consentPage(page).deny.click()
    await expect(page).toHaveURL(/\/sign-in\?signInError=denied/)
    await expect(page.getByRole('alert')).toHaveText(/did not allow Numbers Console on Thumbtack/)
    await expect(page.getByRole('link', { name: 'Sign in with Thumbtack' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('Pat Rivera signs in through the consent page and adds a number', async ({
    page,
    sandbox,
  }) => {
    await signInWithThumbtack(page, 'Pat Rivera')
    const list = numbersListPage(page)
    await expect(list.heading('Rivera Plumbing')).toBeVisible()
    await expect(page.getByText('View only')).toHaveCount(0)

    const form = await openAddForm(page)
    await form.phone.pressSequentially('4155550177')
    await form.name.fill('Side door')
    await form.save.click()
    await expect(list.toast('Added Side door.')).toBeVisible()

    // Demo tokens are off here, so the sandbox's request log is the witness: the code was
    // exchanged by the gateway, and the add was made with the token it holds for Pat.
    const log = await sandbox.requests()
    expect(log.some((r) => r.grantType === 'authorization_code' && r.status === 200)).toBe(true)
    expect(log).toContainEqual(
      expect.objectContaining({
        method: 'POST',
        personaID: 'pat-rivera',
        status: 201,
        phoneNumbers: ['+14155550177'],
      }),
    )
  })
})
