import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('the page heading after a failed read', () => {
  test('names the business again once the list recovers from a 5xx', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    await page.clock.install()
    await sandbox.setFaults({ errorRate: 1 })
    await page.reload()
    // Reads are retried with a back-off before the page gives up; run the clock past them.
    const tryAgain = page.getByRole('button', { name: 'Try again' })
    await expect(async () => {
      await page.clock.runFor(10_000)
      await expect(tryAgain).toBeVisible({ timeout: 500 })
    }).toPass()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Phone numbers')

    await sandbox.setFaults({ errorRate: 0 })
    await tryAgain.click()
    await expect(numbersListPage(page).rows.first()).toBeVisible()
    await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
  })
})
