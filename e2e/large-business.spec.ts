import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'

test('Metro HVAC Services: 2,500 numbers, only what is on screen is rendered', async ({
  page,
  sandbox,
}) => {
  const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
  const stored = await sandbox.numbersOf('Sam Ortiz', metroID)
  expect(stored).toHaveLength(2500)
  const active = stored.filter((number) => !number.isDeleted)

  const { heading, rows } = numbersListPage(page)
  await signInAs(page, 'Sam Ortiz')
  await page.goto(`/businesses/${metroID}/numbers`)
  await expect(heading('Metro HVAC Services')).toBeVisible()
  await expect(
    page.getByText(`${active.length.toLocaleString('en-US')} numbers`, { exact: true }),
  ).toBeVisible()

  const rendered = await rows.count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(80)

  // The last row by name is reachable by scrolling, and it says where it stands in the list.
  // As a user would, it scrolls on while the end moves (rows measured as they are drawn).
  await page.keyboard.press('End')
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(active.length), {
      timeout: 1_000,
    })
  }).toPass({ timeout: 10_000 })
  await expect(rows.last()).toBeInViewport()
  expect(await rows.count()).toBeLessThan(80)
})

test('works at 390 × 844 as cards, by touch', async ({ browser, sandbox, appServer }) => {
  const context = await browser.newContext({
    baseURL: appServer.url,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  const page = await context.newPage()
  const list = numbersListPage(page)
  const first = await (await signInOnBusiness(page, sandbox, 'Pat Rivera')).firstActive()
  // No sideways scrolling on a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  await list.search.tap()
  await page.keyboard.type(first.name.slice(0, 6))
  const row = list.rowOf(first.name)
  await expect(row).toBeVisible()
  await expect(row.getByText('Last activity:')).toBeVisible()
  await new AxeBuilder({ page }).analyze().then((results) => {
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
  await row.getByRole('button', { name: `Delete ${first.name}` }).tap()
  await expect(list.removalToast(first.name)).toBeVisible()
  await context.close()
})
