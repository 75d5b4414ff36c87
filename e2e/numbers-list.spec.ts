import { expect, test } from './support/fixtures'
import { national } from './support/numbers'
import { numbersListPage } from './support/pages/numbers-list-page'

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })

test.describe('the list of a business’s numbers', () => {
  test('search matches names without regard to case or accents, and digits in any format', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const [target, ...others] = await signedIn.active()
    if (!target) throw new Error('Rivera Plumbing has no active number')

    const { search, rows } = numbersListPage(page)
    const query = target.name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
    await search.fill(query)
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText(target.name)
    await expect(page).toHaveURL(/[?&]q=/)

    // The last seven digits, typed the way a person reads them out.
    const lastSeven = target.phoneNumber.slice(-7)
    await search.fill(`${lastSeven.slice(0, 3)}-${lastSeven.slice(3)}`)
    await expect(rows.first()).toContainText(national(target.phoneNumber))
    for (const other of others) {
      if (!other.phoneNumber.includes(lastSeven)) {
        await expect(page.getByText(other.name, { exact: true })).toHaveCount(0)
      }
    }

    await search.fill(national(target.phoneNumber).slice(0, 9))
    await expect(rows.first()).toBeVisible()

    await search.fill('zzz-no-such-number')
    await expect(page.getByText('No numbers match “zzz-no-such-number”.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('sorts by name, number, last activity and date added, and remembers it in the URL', async ({
    page,
    signedIn,
  }) => {
    const active = await signedIn.active()
    const { sort, shownNames } = numbersListPage(page)

    const byName = [...active].sort((a, b) => collator.compare(a.name, b.name))
    await expect.poll(shownNames).toEqual(byName.map((number) => number.name))

    await sort.selectOption({ label: 'Last activity' })
    const byActivity = [...active].sort((a, b) =>
      b.lastActivityTime.localeCompare(a.lastActivityTime),
    )
    await expect.poll(shownNames).toEqual(byActivity.map((number) => number.name))
    await expect(page).toHaveURL(/sort=activity/)

    await page.getByRole('button', { name: 'Descending order' }).click()
    await expect.poll(shownNames).toEqual(byActivity.map((number) => number.name).reverse())

    await sort.selectOption({ label: 'Number' })
    const byNumber = [...active].sort((a, b) => a.phoneNumber.localeCompare(b.phoneNumber))
    await expect.poll(shownNames).toEqual(byNumber.map((number) => number.name))

    await sort.selectOption({ label: 'Added' })
    const byAdded = [...active].sort((a, b) => b.createdTime.localeCompare(a.createdTime))
    await expect.poll(shownNames).toEqual(byAdded.map((number) => number.name))

    // Back steps through the views the user chose.
    await page.goBack()
    await expect(sort).toHaveValue('number')
    await page.reload()
    await expect(sort).toHaveValue('number')
  })

  test('hides removed numbers until "Show removed" is ticked, and marks them', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const stored = await signedIn.stored()
    const removed = stored.filter((number) => number.isDeleted)
    expect(removed.length).toBeGreaterThan(0)

    for (const number of removed)
      await expect(page.getByText(number.name, { exact: true })).toHaveCount(0)
    await expect(
      page.getByText(`${stored.length - removed.length} numbers`, { exact: true }),
    ).toBeVisible()

    await page.getByRole('checkbox', { name: 'Show removed' }).check()
    await expect(page).toHaveURL(/removed=1/)
    await expectNoAxeViolations(page)
    for (const number of removed) {
      const row = numbersListPage(page).rowOf(number.name)
      await expect(row).toContainText('Removed')
      await expect(row.getByRole('button', { name: /^Delete/ })).toHaveCount(0)
    }

    await page.goBack()
    await expect(page.getByRole('checkbox', { name: 'Show removed' })).not.toBeChecked()
    for (const number of removed)
      await expect(page.getByText(number.name, { exact: true })).toHaveCount(0)
  })

  test('shows last activity as relative time with the exact time for screen readers', async ({
    page,
    signedIn: _,
  }) => {
    const firstTime = numbersListPage(page).rows.first().locator('time').first()
    await expect(firstTime).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}T/)
    await expect(firstTime).toHaveAttribute('title', /\d{4}/)
    await expect(firstTime).toContainText(/ago|just now|in /)
  })
})
