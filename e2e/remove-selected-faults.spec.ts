import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { type LoggedRequest, type SandboxControl } from './support/sandbox-control'

// Remove selected on many numbers while one request in five fails with a 503: one toast and
// one Undo for them all, and whatever happens to each DELETE, the sandbox ends with every
// number exactly once, removed — nothing lost, nothing doubled. The sandbox's own state and
// request log are the proof, not the page.

const metro = NAMED_BUSINESSES.metroHvac
const seeded = 64

async function openMetro(page: Page, sandbox: SandboxControl) {
  await sandbox.reset({ metroHvacNumbers: seeded })
  const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
  const active = stored.filter((number) => !number.isDeleted)
  // Most of the seed is active: about 60 numbers to select.
  expect(active.length).toBeGreaterThanOrEqual(55)
  await signInAs(page, 'Sam Ortiz')
  await page.goto(`/businesses/${metro.id}/numbers`)
  const list = numbersListPage(page)
  await expect(list.heading(metro.name)).toBeVisible()
  const count = active.length.toLocaleString('en-US')
  await expect(page.getByText(`${count} numbers`, { exact: true })).toBeVisible()
  await page.getByRole('checkbox', { name: `Select all ${count} matching` }).check()
  const bar = page.getByRole('region', { name: 'Selected numbers' })
  await expect(bar).toContainText(`${count} selected`)
  return { list, active, bar, removalToast: list.toast(`Deleted ${count} numbers.`) }
}

function deletesOf(log: LoggedRequest[]): Map<string, number[]> {
  const byID = new Map<string, number[]>()
  for (const request of log.filter((r) => r.method === 'DELETE')) {
    const id = request.path.split('/').at(-1) ?? ''
    byID.set(id, [...(byID.get(id) ?? []), request.status])
  }
  return byID
}

test.describe('Remove selected under a 20% 5xx fault', () => {
  test('one toast with one Undo, which brings every row back and sends nothing', async ({
    page,
    sandbox,
  }) => {
    const { list, active, bar, removalToast } = await openMetro(page, sandbox)
    await sandbox.setFaults({ errorRate: 0.2 })
    await bar.getByRole('button', { name: 'Remove selected' }).click()
    await expect(removalToast).toHaveCount(1)
    await expect(list.toast('Deleted ')).toHaveCount(1)
    await expect(list.rows).toHaveCount(0)
    // The bar went with the selection; focus stayed in the list.
    await expect(bar).toHaveCount(0)
    await expect(page.getByRole('region', { name: 'Numbers' })).toBeFocused()

    await removalToast.getByRole('button', { name: 'Undo' }).click()
    await expect(list.toast(`Restored ${active.length} numbers.`)).toBeVisible()
    await expect(
      page.getByText(`${active.length.toLocaleString('en-US')} numbers`, { exact: true }),
    ).toBeVisible()
    await sandbox.setFaults({ errorRate: 0 })
    expect(deletesOf(await sandbox.requests()).size).toBe(0)
    const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
    expect(stored.filter((number) => !number.isDeleted)).toHaveLength(active.length)
  })

  test('without Undo, settling and Retry leave each number removed exactly once', async ({
    page,
    sandbox,
  }) => {
    const { list, active, bar, removalToast } = await openMetro(page, sandbox)
    // The page's timers wait for the test: the failure toast stays until Retry is pressed.
    await page.clock.install()
    await sandbox.setFaults({ errorRate: 0.2 })
    await bar.getByRole('button', { name: 'Remove selected' }).click()
    // Dismissing the toast sends at once, as the end of the Undo window would.
    await removalToast.getByRole('button', { name: 'Dismiss' }).click()

    // One toast for every number that definitely failed; only those rows come back.
    const failure = list.toast('Could not remove ')
    await expect(failure).toHaveCount(1, { timeout: 30_000 })
    const message = (await failure.textContent()) ?? ''
    const failed = Number(/Could not remove (\d+) numbers/.exec(message)?.[1] ?? '1')
    expect(failed).toBeGreaterThan(0)
    await expect(failure).toContainText('the server had a problem.')
    await expect(list.rows).toHaveCount(failed)

    await sandbox.setFaults({ errorRate: 0 })
    await failure.getByRole('button', { name: 'Retry' }).click()
    await expect(list.rows).toHaveCount(0, { timeout: 30_000 })
    await expect(list.toast('Could not remove ')).toHaveCount(0)

    // The sandbox: the same numbers as before, each once, every selected one removed. The
    // rows leave the page as Retry is pressed; the last DELETEs may still be on their way.
    const selectedIDs = new Set(active.map((number) => number.phoneNumberID))
    const removedOf = async () =>
      (await sandbox.numbersOf('Sam Ortiz', metro.id)).filter(
        (n) => selectedIDs.has(n.phoneNumberID) && n.isDeleted,
      ).length
    await expect.poll(removedOf, { timeout: 10_000 }).toBe(active.length)
    const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
    expect(stored).toHaveLength(seeded)
    expect(new Set(stored.map((number) => number.phoneNumber)).size).toBe(seeded)
    // Each DELETE was sent again only after an answer that said it failed.
    const deletes = deletesOf(await sandbox.requests())
    expect([...deletes.keys()].sort()).toEqual([...selectedIDs].sort())
    for (const statuses of deletes.values()) {
      expect(statuses.slice(0, -1).every((status) => status === 503)).toBe(true)
      expect(statuses.at(-1)).not.toBe(503)
    }
  })
})

test('a reload in the Undo window sends them all; what did not arrive is finished on the next visit, in one toast', async ({
  page,
  sandbox,
}) => {
  const { list, bar, removalToast } = await openMetro(page, sandbox)
  await bar.getByRole('button', { name: 'Remove selected' }).click()
  await expect(removalToast).toHaveCount(1)
  await page.reload()
  await expect(list.heading(metro.name)).toBeVisible()

  await expect
    .poll(async () => {
      const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
      return stored.filter((number) => !number.isDeleted).length
    })
    .toBe(0)
  // Never one toast per number: at most one for all that the reload left waiting.
  await expect(list.toast('which was waiting when you left')).toHaveCount(0)
  await expect(list.toast('which were waiting when you left').count()).resolves.toBeLessThanOrEqual(
    1,
  )
  const stored = await sandbox.numbersOf('Sam Ortiz', metro.id)
  expect(stored).toHaveLength(seeded)
  expect(stored.filter((n) => n.isDeleted).length).toBe(seeded)
  // The page agrees: none of them is back in the list.
  await expect(list.rows).toHaveCount(0)
})
