import { expect, test } from './support/fixtures'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// As `npm start` runs: a pro signs in with Thumbtack, which connects their businesses.
test.use({ devTokenSignIn: false })

test('disconnected while the sign-in page is still loading, the pro is still told why', async ({
  page,
}) => {
  // A fresh page load on Connected businesses: the sign-in page's code is not here yet.
  await signInWithThumbtack(page, 'Riley Chen')
  await page.goto('/connections')
  await expect(page.getByRole('heading', { level: 1, name: 'Connected businesses' })).toBeVisible()

  // The order one slow CI run took: the sign-in check answers "signed out" and the route
  // guard redirects before the sign-in page's code arrives. Held on those events, no timer.
  const checking = page.getByRole('status').filter({ hasText: 'Checking your sign-in…' })
  const signedOutAnswer = page.waitForResponse(
    async (response) =>
      new URL(response.url()).pathname === '/auth/session' &&
      (await response.text()).includes('"signedIn":false'),
  )
  await page.route(/\/assets\/sign-in-page-[^/]+\.js$/, async (route) => {
    await signedOutAnswer
    await expect(checking).toBeHidden()
    await route.continue()
  })

  await page.getByRole('button', { name: 'Disconnect Rivera Plumbing' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click()
  await expect(page).toHaveURL(/\/sign-in\?disconnected=1$/)
  await expect(page.getByText(/^Your businesses are disconnected: support staff/)).toBeVisible()
})
