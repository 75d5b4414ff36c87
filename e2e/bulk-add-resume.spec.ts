import { type Page, type Route } from '@playwright/test'

import { BULK_PATH, e164Of, openBulkAddWith } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { bulkDialog, openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'
import { type SandboxControl } from './support/sandbox-control'
import { type SignedInBusiness, signInOnBusiness } from './support/signed-in'

// Leaving mid-send must lose nothing and double nothing: the draft (in storage a new tab of
// the same user reads) records what was already added, and the next tab sends only the rest.

/**
 * Lets the first `passing` bulk requests through to the sandbox and holds every later one in
 * the browser, so that a send is caught midway. `cut` ends the held requests as a closing
 * tab does; with `reach` they first go on to the sandbox (which stores them) but their
 * answers never come back to the page.
 */
async function holdBulkAfter(page: Page, passing: number, { reach = false } = {}) {
  const held: Route[] = []
  let seen = 0
  await page.route(BULK_PATH, async (route) => {
    seen += 1
    if (seen <= passing) return route.continue()
    held.push(route)
  })
  return {
    held,
    /** Sends the held requests on, and every later one. */
    release: async () => {
      seen = Number.NEGATIVE_INFINITY
      await Promise.all(held.splice(0).map((route) => route.continue()))
    },
    /** The held requests fail as a closing tab's do: stored by the sandbox when `reach`. */
    cut: async () => {
      if (reach) await Promise.all(held.map((route) => route.fetch()))
      await Promise.all(held.splice(0).map((route) => route.abort('aborted')))
    },
  }
}

/**
 * Pastes `count` fresh numbers and starts adding them; resolves once the first `passing`
 * requests are answered and the rest held (see holdBulkAfter).
 */
async function startHeldSend(
  page: Page,
  {
    count,
    exchange,
    passing,
    reach = false,
  }: { count: number; exchange: number; passing: number; reach?: boolean },
) {
  const { bulk, lines } = await openBulkAddWith(page, count, { exchange })
  const network = await holdBulkAfter(page, passing, { reach })
  await bulk.addButton.click()
  await expect(bulk.progress).toHaveAttribute('value', String(passing * 100))
  return { bulk, lines, network }
}

/** Every pasted number reached the sandbox in exactly one bulk request, and is listed once. */
async function expectEachSentOnce(
  sandbox: SandboxControl,
  signedIn: SignedInBusiness,
  lines: string[],
) {
  const wanted = lines.map(e164Of)
  // Only this paste's numbers: an earlier test's slow request may land in the log meanwhile.
  const sent = (await sandbox.requests())
    .filter((request) => request.method === 'POST' && BULK_PATH.test(request.path))
    .flatMap((request) => request.phoneNumbers)
    .filter((number) => wanted.includes(number))
  expect(sent.toSorted()).toEqual(wanted.toSorted())
  const active = (await signedIn.active()).map((number) => number.phoneNumber)
  expect(active.filter((number) => wanted.includes(number)).toSorted()).toEqual(wanted.toSorted())
}

/** Another tab of the same browser: signed in again (a token lives per tab), on the same business. */
async function openAnotherTab(page: Page, sandbox: SandboxControl, signedIn: SignedInBusiness) {
  const tab = await page.context().newPage()
  await signInOnBusiness(tab, sandbox, signedIn.personaName)
  return tab
}

test.describe('leaving a bulk send midway', () => {
  for (const { reach, already } of [
    { reach: false, already: 0 },
    { reach: true, already: 200 },
  ]) {
    const how = reach ? 'with its last requests stored but unanswered' : 'with requests unsent'
    test(`closing the tab ${how} keeps the draft; a new tab sends only the rest`, async ({
      page,
      sandbox,
      signedIn,
      expectNoAxeViolations,
    }) => {
      const exchange = reach ? 653 : 650
      const { lines, network } = await startHeldSend(page, {
        count: 500,
        exchange,
        passing: 2,
        reach,
      })
      page.on('dialog', (dialog) => void dialog.accept())
      await expect.poll(() => network.held.length).toBe(2)

      await network.cut()
      await page.close({ runBeforeUnload: true })
      await expect.poll(() => page.isClosed()).toBe(true)

      const tab = await openAnotherTab(page, sandbox, signedIn)
      const resumed = await openBulkAdd(tab)
      await expect(
        resumed.dialog.getByText('Resume the draft: 200 of 500 already added.'),
      ).toBeVisible()
      await expectNoAxeViolations(tab)
      // What the lost answers had stored shows as registered, and is not sent again.
      await expect(resumed.summary).toContainText(`${already} already registered`)
      const left = 300 - already
      await expect(resumed.addButton).toHaveText(`Add ${left} numbers`)
      await resumed.addButton.click()
      await expect(resumed.outcome).toHaveText(`Added ${left} numbers.`)
      await expectEachSentOnce(sandbox, signedIn, lines)

      // Done: nothing is left to resume on the next visit.
      await tab.reload()
      await expect(bulkDialog(tab).dialog.getByText(/Resume the draft/)).toHaveCount(0)
    })
  }

  test('closing the dialog asks first; Stay goes on, Leave stops and keeps the rest', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { bulk, lines, network } = await startHeldSend(page, {
      count: 500,
      exchange: 651,
      passing: 1,
    })

    const prompt = page.getByRole('alertdialog', { name: 'Stop adding?' })
    await page.keyboard.press('Escape')
    await expect(prompt).toContainText('400 numbers are not sent yet.')
    await expect(prompt.getByRole('button', { name: 'Stay' })).toBeFocused()
    await expectNoAxeViolations(page)
    await prompt.getByRole('button', { name: 'Stay' }).click()
    await expect(prompt).toBeHidden()
    await expect(bulk.cancel).toBeFocused()
    await expect(bulk.progress).toBeVisible()
    await expect(page).toHaveURL(/\/numbers\/bulk$/)

    await bulk.dialog.getByRole('button', { name: 'Close' }).click()
    await prompt.getByRole('button', { name: 'Leave' }).click()
    await expect(page).toHaveURL(/\/numbers$/)
    // The two requests on their way when the user left are answered, and counted; no more go.
    await network.release()
    await expect(page.getByText('Added 300 numbers to Rivera Plumbing.')).toBeVisible()

    const tab = await openAnotherTab(page, sandbox, signedIn)
    const resumed = await openBulkAdd(tab)
    await expect(
      resumed.dialog.getByText('Resume the draft: 300 of 500 already added.'),
    ).toBeVisible()
    await expect(resumed.addButton).toHaveText('Add 200 numbers')
    await resumed.addButton.click()
    await expect(resumed.outcome).toHaveText('Added 200 numbers.')
    await expectEachSentOnce(sandbox, signedIn, lines)
  })

  test('a second tab open on the draft waits while the first sends, then shows what is left', async ({
    page,
    sandbox,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const { bulk, lines, network } = await startHeldSend(page, {
      count: 300,
      exchange: 652,
      passing: 1,
    })

    const tab = await openAnotherTab(page, sandbox, signedIn)
    const other = await openBulkAdd(tab)
    const note = other.dialog.getByText(/being added in another tab/)
    // Focus stays in the dialog, on the note, as the paste it would have gone to is disabled.
    await expect(note).toBeFocused()
    await expectNoAxeViolations(tab)
    await expect(other.addButton).toBeDisabled()
    await expect(other.paste).toBeDisabled()

    await network.release()
    await expect(bulk.outcome).toHaveText('Added 300 numbers.')
    await expect(note).toBeHidden()
    await expect(other.paste).toHaveValue('')
    await expect(other.addButton).toHaveText('Add 0 numbers')
    await expectEachSentOnce(sandbox, signedIn, lines)
    await expect(numbersListPage(tab).heading(signedIn.businessName)).toBeVisible()
  })

  test('a second tab open on the draft takes over when the sending tab is closed midway', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { lines, network } = await startHeldSend(page, {
      count: 500,
      exchange: 654,
      passing: 1,
      reach: true,
    })
    const tab = await openAnotherTab(page, sandbox, signedIn)
    const other = await openBulkAdd(tab)
    await expect(other.dialog.getByText(/being added in another tab/)).toBeVisible()

    // The two requests on their way reach Thumbtack, but the tab closes before their answers.
    await expect.poll(() => network.held.length).toBe(2)
    page.on('dialog', (dialog) => void dialog.accept())
    await network.cut()
    await page.close({ runBeforeUnload: true })

    await expect(
      other.dialog.getByText('Resume the draft: 100 of 500 already added.'),
    ).toBeVisible()
    // Read again once the other tab stopped: what its lost answers stored is not sent again.
    await expect(other.summary).toContainText('200 already registered')
    await expect(other.addButton).toHaveText('Add 200 numbers')
    await other.addButton.click()
    await expect(other.outcome).toHaveText('Added 200 numbers.')
    await expectEachSentOnce(sandbox, signedIn, lines)
  })
})
