import { type Page } from '@playwright/test'

/** Signs in with a persona's button on the sign-in page, as a person would. */
export async function signInAs(page: Page, personaName: string): Promise<void> {
  await page.goto('/sign-in')
  await page.getByRole('button', { name: new RegExp(personaName) }).click()
  // Signing in fetches a fresh token first; wait until the app has moved on.
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'))
}

/** The dialog that asks for a new sign-in when a token has expired mid-session. */
export function signInAgainDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Sign in again' })
  return {
    dialog,
    asPersona: (personaName: string) =>
      dialog.getByRole('button', { name: `Sign in again as ${personaName}` }),
    tokenField: dialog.getByLabel('Access token', { exact: true }),
    signInWithToken: dialog.getByRole('button', { name: 'Sign in with token' }),
  }
}
