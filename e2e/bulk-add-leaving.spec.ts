import { type Dialog } from '@playwright/test'

import { openBulkAddWith } from './support/bulk-add'
import { expect, test } from './support/fixtures'

test.describe('leaving while a bulk send runs', () => {
  test('closing the tab mid-send asks first, and the send goes on', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    expect(signedIn.businessName).toBe('Rivera Plumbing')
    const { bulk } = await openBulkAddWith(page, 3, { exchange: 640 })
    const asked: Dialog[] = []
    page.on('dialog', (dialog) => {
      asked.push(dialog)
      void dialog.dismiss()
    })
    // Long enough to close the tab mid-send, short enough to see the send finish here:
    // an answer still held when the test ends would land in the next test's sandbox.
    await sandbox.setFaults({ latencyMs: 3_000 })
    await bulk.addButton.click()
    await expect(page.getByText(/Sending|Adding/).first()).toBeVisible()
    await page.close({ runBeforeUnload: true })
    await expect.poll(() => asked.map((dialog) => dialog.type())).toEqual(['beforeunload'])
    // Dismissed: the tab stays, and so does the send.
    expect(page.isClosed()).toBe(false)
    await expect(bulk.outcome).toHaveText('Added 3 numbers.', { timeout: 15_000 })
  })
})
