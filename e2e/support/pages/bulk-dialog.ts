import { expect, type Page } from '@playwright/test'

/** The "Bulk add numbers" dialog and the parts of it the tests use. */
export function bulkDialog(page: Page) {
  const dialog = page.getByRole('dialog', { name: 'Bulk add numbers' })
  const row = (line: number) => dialog.locator(`li[data-line="${line}"]`)
  return {
    dialog,
    paste: dialog.getByRole('textbox', { name: 'Paste numbers' }),
    summary: dialog.getByTestId('bulk-summary'),
    addButton: dialog.getByRole('button', { name: /^Add \d+ numbers?$/ }),
    clear: dialog.getByRole('button', { name: 'Clear', exact: true }),
    cancel: dialog.getByRole('button', { name: 'Cancel' }),
    tryAgain: dialog.getByRole('button', { name: 'Try again' }),
    headerCheckbox: dialog.getByLabel('First line is a header'),
    outcome: dialog.getByRole('status').filter({ hasText: /^Added \d+ numbers?\./ }),
    progress: dialog.getByRole('progressbar', { name: 'Adding numbers' }),
    download: dialog.getByRole('button', { name: 'Download rows that need attention' }),
    row,
    status: (line: number) => row(line).locator('[data-status]'),
    numberField: (line: number) =>
      dialog.getByRole('textbox', { name: `Number on line ${line}`, exact: true }),
    nameField: (line: number) =>
      dialog.getByRole('textbox', { name: `Name on line ${line}`, exact: true }),
    remove: (line: number) =>
      dialog.getByRole('button', { name: `Remove line ${line}`, exact: true }),
  }
}

export type BulkDialog = ReturnType<typeof bulkDialog>

export async function openBulkAdd(page: Page): Promise<BulkDialog> {
  await page.getByRole('link', { name: 'Bulk add' }).click()
  const bulk = bulkDialog(page)
  await expect(bulk.dialog).toBeVisible()
  // Focus starts in the dialog: on the text area, or on the summary of a very long paste.
  await expect(bulk.dialog.locator(':focus')).toHaveCount(1)
  return bulk
}
