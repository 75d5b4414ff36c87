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

  // The last row by name is reachable with End, and it says where it stands in the list.
  // End scrolls smoothly, so each press is given time to land; as a user would, End is
  // pressed again if the end moved meanwhile (rows are measured as they are drawn). A
  // scroll set from script while that animation ran was sometimes undone by it.
  await expect(async () => {
    await page.keyboard.press('End')
    await expect(rows.last()).toHaveAttribute('aria-posinset', String(active.length), {
      timeout: 2_000,
    })
    await expect(rows.last()).toBeInViewport({ timeout: 2_000 })
  }).toPass({ timeout: 15_000 })
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
