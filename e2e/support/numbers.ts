import { type Page } from '@playwright/test'

/** "+14155552671" → "(415) 555-2671", as the list shows US numbers. */
export function national(e164: string): string {
  return e164.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, '($1) $2-$3')
}

export function numberRows(page: Page) {
  return page.getByRole('list', { name: 'Phone numbers' }).getByRole('listitem')
}

/** The names in the order the list shows them (only the rendered ones, for long lists). */
export async function shownNames(page: Page): Promise<string[]> {
  return numberRows(page).locator('[data-field="name"]').allTextContents()
}
