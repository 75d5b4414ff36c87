import { expect, type Page } from '@playwright/test'

/** The sandbox's stand-in for Thumbtack's sign-in and consent page (`/oauth2/auth`). */
export function consentPage(page: Page) {
  return {
    heading: page.getByRole('heading', { level: 1, name: 'Sign in with Thumbtack' }),
    person: (name: string) => page.getByRole('radio', { name }),
    allow: page.getByRole('button', { name: 'Allow' }),
    deny: page.getByRole('button', { name: 'Deny' }),
  }
}

/** On the consent page: picks who you are and allows; waits until the app has the page back. */
export async function allowAs(page: Page, personaName: string): Promise<void> {
  const consent = consentPage(page)
  await expect(consent.heading).toBeVisible()
  await consent.person(personaName).check()
  await consent.allow.click()
  await page.waitForURL(
    (url) => !url.pathname.startsWith('/oauth2/') && !url.pathname.startsWith('/auth/'),
  )
}

/** From the app's sign-in page, as a person would: Thumbtack's round trip, then back. */
export async function signInWithThumbtack(page: Page, personaName: string): Promise<void> {
  await page.goto('/sign-in')
  await page.getByRole('link', { name: 'Sign in with Thumbtack' }).click()
  await allowAs(page, personaName)
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
}
