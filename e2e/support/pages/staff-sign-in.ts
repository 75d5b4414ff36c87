import { expect, type Page } from '@playwright/test'

/** The sandbox's stand-in for a company's staff sign-in page (`/staff-idp/authorize`). */
export function staffProviderPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Staff sign-in' }),
    person: (name: string) => page.getByRole('radio', { name }),
    allow: page.getByRole('button', { name: 'Allow' }),
    deny: page.getByRole('button', { name: 'Deny' }),
  }
}

/** From the app's sign-in page: "Sign in as staff", the provider's page, then back. */
export async function signInAsStaff(page: Page, name: string): Promise<void> {
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Sign in as staff' }).click()
  const provider = staffProviderPage(page)
  await expect(provider.heading).toBeVisible()
  await provider.person(name).check()
  await provider.allow.click()
  await page.waitForURL(
    (url) =>
      !url.pathname.startsWith('/staff-idp/') &&
      !url.pathname.startsWith('/auth/') &&
      !url.pathname.startsWith('/sign-in'),
  )
}

/** The header's Sign out: the gateway ends the session and the page goes to sign in. */
export async function signOutHere(page: Page): Promise<void> {
  const loggedOut = page.waitForResponse((r) => r.url().endsWith('/auth/logout'))
  await page.getByRole('button', { name: 'Sign out' }).click()
  expect((await loggedOut).status()).toBe(204)
  await expect(page).toHaveURL(/\/sign-in/)
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
}
