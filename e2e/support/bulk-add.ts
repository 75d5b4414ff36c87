import { expect, type Page, type Request, type Route } from '@playwright/test'
import { z } from 'zod'

import { openBulkAdd } from './pages/bulk-dialog'

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

const bulkBodySchema = z.object({
  phoneNumbers: z.array(z.object({ phoneNumber: z.string(), name: z.string() })),
})

/** The items of a bulk request, as the page sent them. */
export function bulkItems(request: Request | Route) {
  const sent = 'request' in request ? request.request() : request
  return bulkBodySchema.parse(sent.postDataJSON()).phoneNumbers
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

/** Opens Bulk add and pastes `count` fresh numbers; resolves once the dialog counts them all. */
export async function openBulkAddWith(page: Page, count: number, options: { exchange?: number }) {
  const bulk = await openBulkAdd(page)
  const lines = numberLines(count, options)
  await pasteText(page, lines.join('\n'))
  await expect(bulk.addButton).toHaveText(`Add ${count} numbers`)
  return { bulk, lines }
}
