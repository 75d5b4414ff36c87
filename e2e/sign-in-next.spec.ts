import { expect, test } from './support/fixtures'

/**
 * `?next=` is where sign-in returns to. A value the router would take for another site
 * (a backslash reads as a slash, tabs and line ends are dropped) must land on `/`, and no
 * value may show a stack trace.
 */
const unsafeNextValues = ['/%5Cevil.example', '/%09/', '/%0D%0A/', '/%5C%5Cevil.example/x']

test.describe('signing in with an unsafe ?next=', () => {
  for (const next of unsafeNextValues) {
    test(`?next=${next} signs in to the app's home, with no stack trace`, async ({ page }) => {
      await page.goto(`/sign-in?next=${next}`)
      await page.getByRole('button', { name: /Pat Rivera/ }).click()
      await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
      await expect(page).toHaveURL(/\/businesses\/[^/]+\/numbers$/)
      await expect(page.getByText('Unexpected Application Error')).toHaveCount(0)
      await expect(page.getByText('External navigation is not allowed')).toHaveCount(0)
    })
  }
})

test('a page that fails to load says so in plain words, with no stack trace', async ({ page }) => {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: /Pat Rivera/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
  // The not-found page's code cannot be fetched (a deploy replaced it, the network dropped).
  await page.route('**/assets/not-found-page-*.js', (route) => route.abort())
  await page.goto('/no-such-page')
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: 'This page could not be shown.' })).toBeVisible()
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'Go to your numbers' })).toBeVisible()
  await expect(page.getByText('Unexpected Application Error')).toHaveCount(0)
  await expect(page.getByText(/at \S+ \(/)).toHaveCount(0)
})
