import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('a business that does not exist', () => {
  test('says so and leads back to your businesses, with no "Try again"', async ({
    page,
    signedIn,
  }) => {
    await page.goto('/businesses/987654321012/numbers')
    await expect(page.getByRole('heading', { level: 1, name: 'Business not found' })).toBeVisible()
    await expect(page.getByRole('alert')).toContainText(
      'This business does not exist, or it is not one of yours.',
    )
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await page.getByRole('link', { name: 'Go to your businesses' }).click()
    // Pat Rivera has one business: "your businesses" is that business's page.
    await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
  })
})
