import { type Locator, type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { tabTo } from './support/focus-ring'
import { numbersListPage } from './support/pages/numbers-list-page'
import { type LoggedRequest } from './support/sandbox-control'

// Removals that fail after the Undo window: one toast per kind of failure, on one line, with
// Retry only where sending again can help, never over the list. The sandbox fails the
// DELETEs for real (PUT /sandbox/faults) and its request log shows what Retry sent.

const pastTheUndoWindow = '00:09'

/** The DELETE statuses the sandbox logged, per number ID. */
function deletesByID(log: LoggedRequest[]): Record<string, number[]> {
  const byID: Record<string, number[]> = {}
  for (const request of log.filter((r) => r.method === 'DELETE')) {
    const id = request.path.split('/').at(-1) ?? ''
    byID[id] = [...(byID[id] ?? []), request.status]
  }
  return byID
}

/** How many lines of text an element's text takes. */
async function linesOf(element: Locator): Promise<number> {
  return element.evaluate((node) => {
    const lineHeight = parseFloat(getComputedStyle(node).lineHeight)
    return Math.round(node.getBoundingClientRect().height / lineHeight)
  })
}

/** Deletes each of `names`, from the list's own Delete buttons. */
async function deleteEach(page: Page, names: readonly string[]) {
  const list = numbersListPage(page)
  for (const name of names) {
    await list.deleteButton(name).click()
    await expect(list.rowOf(name)).toHaveCount(0)
  }
}

test.describe('failed removals', () => {
  test('three failures make one toast with Retry; Retry sends each once, never the undone one', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const list = numbersListPage(page)
    const numbers = await signedIn.active()
    const [kept, ...removed] = numbers
    if (!kept || removed.length !== 3) throw new Error('Rivera Plumbing needs four numbers')
    await page.clock.install()

    await deleteEach(
      page,
      removed.map((n) => n.name),
    )
    await list.deleteThenUndo(kept.name)
    await sandbox.setFaults({ errorRate: 1 })
    await page.clock.runFor(pastTheUndoWindow)

    const toast = list.removalFailures('Could not remove 3 numbers: the server had a problem.')
    await expect(toast).toBeVisible()
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(1)
    for (const number of numbers) await expect(list.rowOf(number.name)).toHaveCount(1)
    // In the order the answers came: the three DELETEs went together.
    await expect(toast).toContainText('Back in the list: ')
    for (const number of removed) await expect(toast).toContainText(number.name)
    await expect(toast.locator('[data-part="message"]')).toHaveText(
      'Could not remove 3 numbers: the server had a problem.',
    )
    expect(await linesOf(toast.locator('[data-part="message"]'))).toBe(1)
    // Said in the live region, where a screen reader hears it.
    await expect(page.getByRole('status')).toContainText('Could not remove 3 numbers')
    await expectNoAxeViolations(page)
    expect(deletesByID(await sandbox.requests())).toEqual(
      Object.fromEntries(removed.map((n) => [n.phoneNumberID, [503]])),
    )

    await sandbox.setFaults({ errorRate: 0 })
    // By keyboard: from the list, Tab reaches the toast's Retry.
    await list.deleteButton(kept.name).focus()
    const retry = toast.getByRole('button', { name: 'Retry' })
    await tabTo(page, retry)
    await page.keyboard.press('Enter')

    await expect(toast).toHaveCount(0)
    // The toast left with the focused Retry: focus stays in the list, not on <body>.
    await expect(page.getByRole('region', { name: 'Numbers' })).toBeFocused()
    for (const number of removed) {
      await expect.poll(() => signedIn.isDeleted(number.phoneNumberID)).toBe(true)
      await expect(list.rowOf(number.name)).toHaveCount(0)
    }
    await page.clock.runFor(pastTheUndoWindow)
    expect(deletesByID(await sandbox.requests())).toEqual(
      Object.fromEntries(removed.map((n) => [n.phoneNumberID, [503, 204]])),
    )
    await expect(list.rowOf(kept.name)).toHaveCount(1)
    expect(await signedIn.isDeleted(kept.phoneNumberID)).toBe(false)
    await expect(page.getByText(/Could not remove/)).toHaveCount(0)
  })

  test('two kinds of failure at once: a toast for each, each with its own Retry', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    const removed = (await signedIn.active()).slice(0, 3)
    await page.clock.install()
    await deleteEach(
      page,
      removed.map((n) => n.name),
    )
    // One request a minute, and that one answered 503: of the three DELETEs sent together,
    // the first fails on the server, the other two on the rate limit.
    await sandbox.setFaults({ rateLimitPerMinute: 1, errorRate: 1 })
    await page.clock.runFor(pastTheUndoWindow)

    const limited = list.removalFailures('Could not remove 2 numbers: too many requests at once.')
    await expect(limited).toBeVisible()
    await expect(limited).toContainText('Wait a moment, then retry.')
    const failed = list.toast(': the server had a problem.')
    await expect(failed).toHaveCount(1)
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(2)
    const statuses = Object.values(deletesByID(await sandbox.requests()))
    expect(statuses.sort()).toEqual([[429], [429], [503]])

    await sandbox.setFaults({ rateLimitPerMinute: 0, errorRate: 0 })
    await limited.getByRole('button', { name: 'Retry' }).click()
    await failed.getByRole('button', { name: 'Retry' }).click()
    for (const number of removed) {
      await expect.poll(() => signedIn.isDeleted(number.phoneNumberID)).toBe(true)
    }
    await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(0)
    const after = Object.values(deletesByID(await sandbox.requests()))
    expect(after.sort()).toEqual([
      [429, 204],
      [429, 204],
      [503, 204],
    ])
  })

  test.describe('refused for lack of permission', () => {
    test.use({ persona: 'Riley Chen' })

    test('one toast says what to do, with no Retry', async ({ page, sandbox, signedIn }) => {
      const list = numbersListPage(page)
      const [first, second] = await signedIn.active()
      if (!first || !second) throw new Error('Rivera Plumbing needs two numbers')
      await page.clock.install()

      await deleteEach(page, [first.name, second.name])
      await page.clock.runFor(pastTheUndoWindow)

      const toast = list.removalFailures(
        'Could not remove 2 numbers: not allowed for this sign-in.',
      )
      await expect(toast).toBeVisible()
      await expect(toast).toContainText(
        'This sign-in may read numbers but not change them. Ask the business owner for access to change numbers.',
      )
      await expect(toast.getByRole('button', { name: 'Retry' })).toHaveCount(0)
      await expect(page.getByRole('status').getByRole('listitem')).toHaveCount(1)
      await expect(list.rowOf(first.name)).toHaveCount(1)
      await expect(list.rowOf(second.name)).toHaveCount(1)
      expect(deletesByID(await sandbox.requests())).toEqual({
        [first.phoneNumberID]: [401],
        [second.phoneNumberID]: [401],
      })
    })
  })

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 600 } })

    test('the toast never covers the last row of the list', async ({ page, sandbox, signedIn }) => {
      const list = numbersListPage(page)
      const target = await signedIn.firstActive()
      await page.clock.install()
      await deleteEach(page, [target.name])
      await sandbox.setFaults({ errorRate: 1 })
      await page.clock.runFor(pastTheUndoWindow)
      // Whatever it says: what counts here is where it is.
      const toast = list.toast(target.name)
      await expect(toast).toHaveCount(1)
      await sandbox.setFaults({ errorRate: 0 })

      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
      const lastRow = list.rows.last()
      await expect
        .poll(async () => {
          const row = await lastRow.boundingBox()
          const over = await toast.boundingBox()
          return row && over ? over.y - (row.y + row.height) : -1
        })
        .toBeGreaterThanOrEqual(0)
    })
  })
})
