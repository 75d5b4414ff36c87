import { readFile } from 'node:fs/promises'

import { type Page, type Request } from '@playwright/test'
import { z } from 'zod'

import { BULK_PATH, bulkItems, e164Of, openBulkAddWith, problemBody } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'
import { type SignedInBusiness } from './support/signed-in'

/** Every bulk request the page sends, with the numbers in it. */
function recordBulkRequests(page: Page): string[][] {
  const sent: string[][] = []
  page.on('request', (request: Request) => {
    if (request.method() !== 'POST' || !BULK_PATH.test(new URL(request.url()).pathname)) return
    sent.push(bulkItems(request).map((item) => item.phoneNumber))
  })
  return sent
}

/** What the server held before, then the dialog with `count` fresh numbers pasted. */
async function pasteWhileRecording(
  page: Page,
  signedIn: SignedInBusiness,
  count: number,
  options: { exchange?: number },
) {
  const before = await signedIn.active()
  const sent = recordBulkRequests(page)
  return { before, sent, ...(await openBulkAddWith(page, count, options)) }
}

/** Each number the server holds active, and how many times. */
function countsOf(numbers: readonly { phoneNumber: string }[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { phoneNumber } of numbers) counts.set(phoneNumber, (counts.get(phoneNumber) ?? 0) + 1)
  return counts
}

test.describe('bulk add: sending', () => {
  test('250 rows go in three requests of at most 100, with progress', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { active } = signedIn
    const { before, sent, bulk, lines } = await pasteWhileRecording(page, signedIn, 250, {})

    await sandbox.setFaults({ latencyMs: 600 })
    await bulk.addButton.click()
    // The toast lasts five seconds, and axe below can take longer than that on a busy
    // machine: it is watched for from the start, and awaited once the run has ended.
    const announced = expect(
      numbersListPage(page).toast('Added 250 numbers to Rivera Plumbing.'),
    ).toHaveCount(1, { timeout: 20_000 })
    await expect(bulk.progress).toBeVisible()
    await expect(bulk.cancel).toBeFocused()
    await expect(bulk.dialog.getByText(/^Added \d+ of 250/)).toBeVisible()
    await expect(bulk.progress).toHaveAttribute('max', '250')
    await expect(bulk.numberField(1)).toBeDisabled()
    await expect(bulk.paste).toBeDisabled()
    await expectNoAxeViolations(page)
    await expect(bulk.outcome).toHaveText('Added 250 numbers.', { timeout: 15_000 })
    await announced
    await expect(bulk.progress).toBeHidden()

    expect(sent.map((numbers) => numbers.length).sort()).toEqual([100, 100, 50])
    const after = await active()
    expect(after).toHaveLength(before.length + 250)
    const counts = countsOf(after)
    for (const line of lines) expect(counts.get(e164Of(line))).toBe(1)
    // Everything added: the dialog says so instead of showing the paste, and the draft is empty.
    await expect(bulk.paste).toHaveCount(0)
    await page.keyboard.press('Escape')
    await expect((await openBulkAdd(page)).paste).toHaveValue('')
  })

  test('refused and already registered rows stay, the rest are added', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { businessID, active } = signedIn
    const { bulk, lines } = await openBulkAddWith(page, 5, { exchange: 730 })

    // Someone else registers lines 2 and 4 after the preview was built.
    for (const line of [lines[1], lines[3]]) {
      const response = await sandbox.api(
        'Pat Rivera',
        'POST',
        `/businesses/${businessID}/associate-phone-numbers`,
        {
          phoneNumber: e164Of(line ?? ''),
          name: 'Added elsewhere',
        },
      )
      expect(response.status()).toBe(201)
    }
    // Thumbtack also refuses line 3's name by a rule the dashboard does not know: the first
    // answer is the sandbox's own refusal, with that item added to its errors[].
    let refused = false
    await page.route(BULK_PATH, async (route) => {
      if (refused) return route.continue()
      refused = true
      const response = await route.fetch()
      const problem = z
        .looseObject({ errors: z.array(z.unknown()).optional() })
        .parse(await response.json())
      expect(response.status()).toBe(400)
      const errors = [
        ...(problem.errors ?? []),
        { field: 'phoneNumbers[2].name', message: 'Thumbtack refused this name.' },
      ]
      await route.fulfill({ response, body: JSON.stringify({ ...problem, errors }) })
    })

    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText(
      'Added 2 numbers. 2 were already registered. 1 needs attention.',
    )
    await expect(bulk.status(2)).toHaveText('Already registered (skipped)')
    await expect(bulk.status(4)).toHaveText('Already registered (skipped)')
    await expect(bulk.status(3)).toHaveText('Needs fixing')
    await expect(bulk.row(3)).toContainText('Thumbtack refused this name.')
    await expect(bulk.nameField(3)).toHaveAttribute('aria-invalid', 'true')
    await expect(bulk.row(1)).toHaveCount(0)
    await expect(bulk.row(5)).toHaveCount(0)

    const downloading = page.waitForEvent('download')
    await bulk.download.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(
      /^rivera-plumbing-needs-attention-\d{4}-\d{2}-\d{2}\.csv$/,
    )
    const csv = await readFile(await download.path(), 'utf8')
    expect(csv.split('\r\n').filter(Boolean)).toEqual([
      '\uFEFFLine,What was read,Phone number,Name,Reason',
      `3,"${lines[2] ?? ''}",(312) 730-0002,Tech 3,Thumbtack refused this name.`,
    ])

    await bulk.nameField(3).fill('Tech three')
    await expect(bulk.status(3)).toHaveText('Ready')
    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 1 number.')
    const held = countsOf(await active())
    for (const line of lines) expect(held.get(e164Of(line))).toBe(1)
  })

  test('a 503 after the server applied a request: nothing doubled, nothing lost', async ({
    page,
    signedIn,
  }) => {
    const { active } = signedIn
    const { before, sent, bulk, lines } = await pasteWhileRecording(page, signedIn, 250, {
      exchange: 740,
    })

    // The second request reaches the server and is stored; its answer is lost on the way back.
    let seen = 0
    await page.route(BULK_PATH, async (route) => {
      seen++
      if (seen !== 2) return route.continue()
      const stored = await route.fetch()
      expect(stored.status()).toBe(201)
      await route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: problemBody(503, 'The service is unavailable.'),
      })
    })
    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 250 numbers.', { timeout: 15_000 })

    // The engine read the list before anything else and found the lost request's numbers.
    expect(sent).toHaveLength(3)
    const after = await active()
    expect(after).toHaveLength(before.length + 250)
    const counts = countsOf(after)
    for (const line of lines) expect(counts.get(e164Of(line))).toBe(1)
    expect([...counts.values()].every((count) => count === 1)).toBe(true)
  })

  test('a 429 waits as Retry-After says, then completes', async ({ page, signedIn }) => {
    const { active } = signedIn
    const { before, sent, bulk } = await pasteWhileRecording(page, signedIn, 150, {
      exchange: 750,
    })

    let limited = false
    await page.route(BULK_PATH, async (route) => {
      if (limited) return route.continue()
      limited = true
      expect(bulkItems(route)).toHaveLength(100)
      await route.fulfill({
        status: 429,
        contentType: 'application/problem+json',
        headers: { 'Retry-After': '2' },
        body: problemBody(429, 'Too many requests.'),
      })
    })
    await bulk.addButton.click()
    await expect(bulk.dialog.getByText(/Thumbtack asked us to slow down/)).toBeVisible()
    await expect(bulk.outcome).toHaveText('Added 150 numbers.', { timeout: 15_000 })
    expect(sent).toHaveLength(3)
    expect(await active()).toHaveLength(before.length + 150)
  })

  test('Cancel stops sending; what was on its way is counted, the rest can go again', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { active } = signedIn
    const { before, sent, bulk, lines } = await pasteWhileRecording(page, signedIn, 450, {
      exchange: 760,
    })

    await sandbox.setFaults({ latencyMs: 2500 })
    await bulk.addButton.click()
    await expect(bulk.progress).toBeVisible()
    await bulk.cancel.click()
    await expect(bulk.outcome).toHaveText(
      'Added 200 numbers. 250 need attention. Stopped before every number was sent.',
      { timeout: 15_000 },
    )
    expect(sent).toHaveLength(2)
    expect(await active()).toHaveLength(before.length + 200)
    await expect(bulk.status(201)).toHaveText('Needs fixing')
    await expect(bulk.row(201)).toContainText('Not sent: Stopped before every number was sent.')

    await sandbox.setFaults({ latencyMs: 0 })
    await bulk.tryAgain.click()
    await expect(bulk.addButton).toHaveText('Add 250 numbers')
    await bulk.addButton.click()
    await expect(bulk.outcome).toHaveText('Added 250 numbers.', { timeout: 15_000 })
    const counts = countsOf(await active())
    for (const line of lines) expect(counts.get(e164Of(line))).toBe(1)
  })

  test('closing mid-run stops gently, and the draft knows what was added', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { active } = signedIn
    const before = await active()
    const { bulk } = await openBulkAddWith(page, 300, { exchange: 770 })

    await sandbox.setFaults({ latencyMs: 2500 })
    await bulk.addButton.click()
    await expect(bulk.progress).toBeVisible()
    await page.keyboard.press('Escape')
    // Leaving mid-run asks first (see bulk-add-resume.spec.ts); the user leaves.
    await page
      .getByRole('alertdialog', { name: 'Stop adding?' })
      .getByRole('button', { name: 'Leave' })
      .click()
    await expect(bulk.dialog).toBeHidden()
    await expect(numbersListPage(page).bulkAddLink).toBeFocused()
    // The two requests on their way finish; nothing more is sent.
    await expect(numbersListPage(page).toast('Added 200 numbers to Rivera Plumbing.')).toHaveCount(
      1,
      { timeout: 15_000 },
    )
    expect(await active()).toHaveLength(before.length + 200)

    await sandbox.setFaults({ latencyMs: 0 })
    const reopened = await openBulkAdd(page)
    await expect(reopened.addButton).toHaveText('Add 100 numbers')
    await expect(reopened.row(1)).toHaveCount(0)
    await expect(reopened.status(201)).toHaveText('Ready')
  })
})
