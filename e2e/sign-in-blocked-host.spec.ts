import { expect, test } from './support/fixtures'

test('a token sign-in against an API address the CSP blocks says so', async ({ page, sandbox }) => {
  await page.goto('/sign-in')
  const { accessToken } = await sandbox.persona('Pat Rivera')
  // Not in connect-src: the browser refuses it before anything is sent.
  await page.getByLabel('API base URL').fill('https://api.blocked.invalid/api')
  await page.getByLabel('Access token', { exact: true }).fill(accessToken)
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  const field = page.getByLabel('Access token', { exact: true })
  await expect(field).toHaveAccessibleDescription(
    'This deployment does not allow the API address https://api.blocked.invalid. Use an API address it allows, such as its default.',
  )
  await expect(page.getByText('Could not reach the server.')).toHaveCount(0)
})
