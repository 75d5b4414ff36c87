import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

test.describe('sorting by the column titles', () => {
  test('a click sorts by a column, a second turns it round, aria-sort and the URL follow', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const active = await signedIn.active()
    const list = numbersListPage(page)
    const byName = [...active].sort((a, b) => collator.compare(a.name, b.name))
    await expect.poll(list.shownNames).toEqual(byName.map((number) => number.name))
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'ascending')
    await expect(list.columnHeader('Last activity')).toHaveAttribute('aria-sort', 'none')

    await list.sortBy('Last activity').click()
    const byActivity = [...active].sort((a, b) =>
      b.lastActivityTime.localeCompare(a.lastActivityTime),
    )
    await expect.poll(list.shownNames).toEqual(byActivity.map((number) => number.name))
    await expect(list.columnHeader('Last activity')).toHaveAttribute('aria-sort', 'descending')
    await expect(list.columnHeader('Name')).toHaveAttribute('aria-sort', 'none')
    await expect(page).toHaveURL(/\?sort=activity$/)
    // The "Sort by" menu says the same.
    await expect(list.sort).toHaveValue('activity')

    await list.sortBy('Last activity').click()
    await expect.poll(list.shownNames).toEqual(byActivity.map((number) => number.name).reverse())
    await expect(list.columnHeader('Last activity')).toHaveAttribute('aria-sort', 'ascending')
    await expect(page).toHaveURL(/\?sort=activity&dir=asc$/)

    await page.reload()
    await expect(list.columnHeader('Last activity')).toHaveAttribute('aria-sort', 'ascending')
    await expect.poll(list.shownNames).toEqual(byActivity.map((number) => number.name).reverse())
    await expectNoAxeViolations(page)

    // Back undoes a sort, as with the menu.
    await page.goBack()
    await expect(list.columnHeader('Last activity')).toHaveAttribute('aria-sort', 'descending')
  })

  test('2,500 numbers: the first screen is in the asked order, and the tools stay in reach', async ({
    page,
    sandbox,
  }) => {
    const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
    const active = (await sandbox.numbersOf('Sam Ortiz', metroID)).filter((n) => !n.isDeleted)
    const byNumberDesc = [...active].sort((a, b) => b.phoneNumber.localeCompare(a.phoneNumber))
    const list = numbersListPage(page)
    await signInAs(page, 'Sam Ortiz')
    // Opened straight in a sort: the first screen is drawn before the whole list is sorted.
    await page.goto(`/businesses/${metroID}/numbers?sort=number&dir=desc`)
    await expect(list.columnHeader('Number')).toHaveAttribute('aria-sort', 'descending')
    // The column titles are drawn while the numbers load: the names are read once they are in.
    await list.loaded('Metro HVAC Services')
    const firstScreen = await list.shownNames()
    expect(firstScreen.length).toBeGreaterThan(5)
    expect(firstScreen).toEqual(
      byNumberDesc.slice(0, firstScreen.length).map((number) => number.name),
    )

    // Far down the list, the search and the column titles are still on screen.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
    await expect(list.rows.first()).not.toHaveAttribute('aria-posinset', '1')
    await expect(list.search).toBeInViewport()
    await expect(list.sortBy('Number')).toBeInViewport()
    // A support agent's "Acting for" stays in view too: from 1024 px in the sidebar, beside
    // the tools; narrower, in the header that sticks, with the tools stuck below it.
    const banner = page.getByRole('region', { name: 'Acting for' })
    await expect(banner).toBeInViewport()
    const beside = await banner.boundingBox()
    expect((beside?.x ?? 0) + (beside?.width ?? 1)).toBeLessThanOrEqual(
      (await list.search.boundingBox())?.x ?? 0,
    )
    await page.setViewportSize({ width: 800, height: 800 })
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight / 2))
    await expect(banner).toBeInViewport()
    await expect(list.search).toBeInViewport()
    const above = await banner.boundingBox()
    const search = await list.search.boundingBox()
    expect(search?.y ?? 0).toBeGreaterThanOrEqual((above?.y ?? 0) + (above?.height ?? 1))
    await page.setViewportSize({ width: 1280, height: 720 })
    await list.sortBy('Number').click()
    await expect(list.columnHeader('Number')).toHaveAttribute('aria-sort', 'ascending')
    await expect(page).toHaveURL(/\?sort=number$/)
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect
      .poll(async () => (await list.shownNames()).slice(0, 5))
      .toEqual(
        byNumberDesc
          .toReversed()
          .slice(0, 5)
          .map((number) => number.name),
      )
  })
})
