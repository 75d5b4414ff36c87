import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('the count above the list', () => {
  test('agrees with what is shown when removed numbers are shown too', async ({
    page,
    signedIn,
  }) => {
    const all = await signedIn.stored()
    const removed = all.filter((number) => number.isDeleted).length
    expect(removed).toBeGreaterThan(0)
    const list = numbersListPage(page)

    await page.getByRole('checkbox', { name: 'Show removed' }).check()
    await expect(list.rows).toHaveCount(all.length)
    const count = page.getByText(/^Showing \d+ of/)
    await expect(count).toHaveText(
      `Showing ${all.length} of ${all.length} numbers, ${removed} removed`,
    )

    await list.search.fill(all[0]?.name ?? '')
    await expect(list.rows).not.toHaveCount(all.length)
    const shown = await list.rows.count()
    await expect(count).toHaveText(new RegExp(`^Showing ${shown} of ${all.length} numbers`))
  })
})
