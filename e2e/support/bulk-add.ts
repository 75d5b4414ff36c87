import { expect, type Page, type Route } from '@playwright/test'

import { signInAs, type SandboxControl } from './sandbox-control'

/** Signs in as Pat Rivera, on Rivera Plumbing's list; `stored()` reads what the server holds. */
export async function openRiveraList(page: Page, sandbox: SandboxControl) {
  await signInAs(page, 'Pat Rivera')
  await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
  const pat = await sandbox.persona('Pat Rivera')
  const businessID = pat.businessIDs[0] ?? ''
  const stored = () => sandbox.numbersOf('Pat Rivera', businessID)
  const active = async () => (await stored()).filter((number) => !number.isDeleted)
  return { businessID, stored, active }
}

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

export async function openBulkAdd(page: Page) {
  await page.getByRole('link', { name: 'Bulk add' }).click()
  const bulk = bulkDialog(page)
  await expect(bulk.dialog).toBeVisible()
  // Focus starts in the dialog: on the text area, or on the summary of a very long paste.
  await expect(bulk.dialog.locator(':focus')).toHaveCount(1)
  return bulk
}

/** A real paste, through the clipboard, into whatever has focus. */
export async function pasteText(page: Page, text: string): Promise<void> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.evaluate((value) => navigator.clipboard.writeText(value), text)
  await page.keyboard.press('ControlOrMeta+V')
}

/** `count` distinct valid US numbers, in the 312 area code's 555-01xx-free space, one a line. */
export function numberLines(count: number, { from = 0, exchange = 620 } = {}): string[] {
  return Array.from({ length: count }, (_, i) => {
    const n = from + i
    const line = String(n % 10_000).padStart(4, '0')
    const exch = exchange + Math.floor(n / 10_000)
    return `Tech ${n + 1}, (312) ${exch}-${line}`
  })
}

export const e164Of = (line: string) => {
  const digits = line.replace(/^[^,]*,/, '').replace(/\D/g, '')
  return `+1${digits}`
}

export const BULK_PATH = /\/associate-phone-numbers-bulk-create$/

/** The JSON body of a bulk request, as sent. */
export function bulkItems(route: Route): { phoneNumber: string; name: string }[] {
  const body = route.request().postDataJSON() as {
    phoneNumbers: { phoneNumber: string; name: string }[]
  }
  return body.phoneNumbers
}

/** Problem Details as the sandbox (and Thumbtack) send them. */
export function problemBody(status: number, title: string, extra: Record<string, unknown> = {}) {
  return JSON.stringify({
    type: `https://api.thumbtack.com/problems/${status === 400 ? 'validation-error' : 'server-error'}`,
    title,
    status,
    traceID: 'e2e0000000000000',
    ...extra,
  })
}
