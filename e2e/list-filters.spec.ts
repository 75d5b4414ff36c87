import { SEED_EPOCH } from '../sandbox/store/seed'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

const DAY = 86_400_000
// Fifty days after the seed's own "now": its numbers last active 45 days before it are
// then 95 days quiet, those active 12 days before it are not.
const now = SEED_EPOCH + 50 * DAY

test.describe('the list filters', () => {
  test('"No activity for 90 days or more" shows its count, filters to it, and survives a reload', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    await page.clock.setFixedTime(now)
    await page.reload()
    const active = await signedIn.active()
    const quiet = active.filter((number) => Date.parse(number.lastActivityTime) <= now - 90 * DAY)
    expect(quiet.length).toBeGreaterThan(0)
    expect(quiet.length).toBeLessThan(active.length)

    const list = numbersListPage(page)
    const inactive = page.getByRole('checkbox', {
      name: `No activity for 90 days or more (${quiet.length})`,
    })
    await inactive.check()
    await expect(page).toHaveURL(/\?inactive=1$/)
    await expect
      .poll(async () => (await list.shownNames()).toSorted())
      .toEqual(quiet.map((number) => number.name).toSorted())
    await expect(
      page.getByText(`Showing ${quiet.length} of ${active.length} numbers`),
    ).toBeVisible()

    await page.reload()
    await expect(inactive).toBeChecked()
    await expect(list.rows).toHaveCount(quiet.length)
    await expectNoAxeViolations(page)

    // Every "Added" choice says how many it would show beside the inactive filter.
    const added = page.getByRole('combobox', { name: 'Added' })
    const older = quiet.filter((number) => Date.parse(number.createdTime) < now - 90 * DAY)
    const recent = quiet.length - older.length
    await expect(added.getByRole('option', { name: `Any time (${quiet.length})` })).toBeAttached()
    await expect(
      added.getByRole('option', { name: `In the last 90 days (${recent})` }),
    ).toBeAttached()
    await added.selectOption({ label: `More than 90 days ago (${older.length})` })
    await expect(page).toHaveURL(/\?inactive=1&added=older$/)
    await expect(list.rows).toHaveCount(older.length)

    const lastWeek = quiet.filter((number) => Date.parse(number.createdTime) >= now - 7 * DAY)
    expect(lastWeek).toHaveLength(0)
    await added.selectOption('7d')
    await expect(page.getByText('No numbers match these filters.')).toBeVisible()
    // Back steps out of a filter, as out of a sort.
    await page.goBack()
    await expect(list.rows).toHaveCount(older.length)
  })
})
