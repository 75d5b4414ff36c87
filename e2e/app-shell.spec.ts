import { type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

/** The app's pages, in its header (a sidebar on a wide screen). */
const pageLink = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name, exact: true })

/** The height of the first row as drawn, border included (0 while it is not drawn). */
async function firstRowHeight(page: Page): Promise<number> {
  const box = await numbersListPage(page).rows.first().boundingBox()
  return Math.round(box?.height ?? 0)
}

test.describe('the app shell', () => {
  test('links the pages of the business, marking the one on screen', async ({ page, signedIn }) => {
    const numbers = pageLink(page, 'Numbers')
    const history = pageLink(page, 'History')
    await expect(numbers).toHaveAttribute('aria-current', 'page')
    await expect(history).not.toHaveAttribute('aria-current', 'page')

    await history.click()
    await expect(page).toHaveURL(`/businesses/${signedIn.businessID}/history`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `History: ${signedIn.businessName}`,
    )
    await expect(history).toHaveAttribute('aria-current', 'page')
    await expect(numbers).not.toHaveAttribute('aria-current', 'page')

    await numbers.click()
    await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
    await expect(numbers).toHaveAttribute('aria-current', 'page')
    // The person signed in, and the way out, are in the same header.
    await expect(page.getByRole('banner').getByText('Pat Rivera')).toBeVisible()
    await expect(page.getByRole('banner').getByRole('button', { name: 'Sign out' })).toBeVisible()
  })

  test('the page header says how many numbers there are, and follows a delete', async ({
    page,
    signedIn,
  }) => {
    const active = await signedIn.active()
    const header = page.getByRole('main').locator('header').first()
    await expect(header.getByRole('heading', { level: 1 })).toHaveText(
      `Phone numbers: ${signedIn.businessName}`,
    )
    await expect(header).toContainText(`${active.length} numbers`)
    await expect(header).toContainText('calls and texts customers')

    const list = numbersListPage(page)
    const [first] = await list.shownNames()
    await list.deleteButton(first ?? '').click()
    await expect(header).toContainText(`${active.length - 1} numbers`)
  })

  test('rows are 44–52 px, compact rows shorter, and the choice outlives a reload', async ({
    page,
    signedIn,
  }) => {
    const list = numbersListPage(page)
    await expect.poll(() => firstRowHeight(page)).toBeGreaterThan(0)
    const comfortable = await firstRowHeight(page)
    expect(comfortable).toBeGreaterThanOrEqual(44)
    expect(comfortable).toBeLessThanOrEqual(52)

    const compact = page.getByRole('radio', { name: 'Compact' })
    await compact.check()
    await expect.poll(async () => (await firstRowHeight(page)) || 44).toBeLessThan(44)
    const compactHeight = await firstRowHeight(page)
    // Each row sits right under the one before: the virtualizer measured them again.
    const second = await list.rows.nth(1).boundingBox()
    const first = await list.rows.first().boundingBox()
    expect(Math.round((second?.y ?? 0) - (first?.y ?? 0))).toBe(compactHeight)

    await page.reload()
    await expect(list.heading(signedIn.businessName)).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Compact' })).toBeChecked()
    await expect.poll(() => firstRowHeight(page)).toBe(compactHeight)

    await page.getByRole('radio', { name: 'Comfortable' }).check()
    await expect.poll(() => firstRowHeight(page)).toBe(comfortable)
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the list is axe clean in ${colorScheme} mode`, async ({
      page,
      signedIn,
      expectNoAxeViolations,
    }) => {
      await page.emulateMedia({ colorScheme })
      await expect(numbersListPage(page).heading(signedIn.businessName)).toBeVisible()
      await expect(numbersListPage(page).rows.first()).toBeVisible()
      await expectNoAxeViolations(page)
      await page.getByRole('radio', { name: 'Compact' }).check()
      await expectNoAxeViolations(page)
    })
  }
})
