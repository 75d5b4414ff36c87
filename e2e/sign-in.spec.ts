import { expect, test } from './support/fixtures'
import { signInAs } from './support/sandbox-control'

test.describe('signing in to the sandbox', () => {
  test('Pat Rivera signs in and sees Rivera Plumbing’s numbers', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expectNoAxeViolations(page)

    await signInAs(page, 'Pat Rivera')
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()

    const pat = await sandbox.persona('Pat Rivera')
    const [businessID] = pat.businessIDs
    await expect(page).toHaveURL(`/businesses/${businessID}/numbers`)

    const stored = await sandbox.numbersOf('Pat Rivera', businessID ?? '')
    const active = stored.filter((number) => !number.isDeleted)
    const removed = stored.filter((number) => number.isDeleted)
    expect(active.length).toBe(4)
    for (const number of active) {
      const national = number.phoneNumber.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')
      await expect(page.getByText(national)).toBeVisible()
      await expect(page.getByText(number.name, { exact: true })).toBeVisible()
    }
    for (const number of removed) {
      await expect(page.getByText(number.name, { exact: true })).toHaveCount(0)
    }
    await expectNoAxeViolations(page)
  })

  test('the token stays out of localStorage and the URL', async ({ page, sandbox }) => {
    await signInAs(page, 'Pat Rivera')
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
    const { accessToken } = await sandbox.persona('Pat Rivera')
    const local = await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))
    expect(local).not.toContain(accessToken)
    expect(page.url()).not.toContain(accessToken)
  })
})
