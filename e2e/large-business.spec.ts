import AxeBuilder from '@axe-core/playwright'

import { expect, test } from './support/fixtures'
import { numberRows } from './support/numbers'
import { signInAs } from './support/sandbox-control'

test('Metro HVAC Services: 2,500 numbers, only what is on screen is rendered', async ({
  page,
  sandbox,
}) => {
  const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
  const stored = await sandbox.numbersOf('Sam Ortiz', metroID)
  expect(stored).toHaveLength(2500)
  const active = stored.filter((number) => !number.isDeleted)

  await signInAs(page, 'Sam Ortiz')
  await page.goto(`/businesses/${metroID}/numbers`)
  await expect(page.getByRole('heading', { level: 1, name: 'Metro HVAC Services' })).toBeVisible()
  await expect(
    page.getByText(`${active.length.toLocaleString('en-US')} numbers`, { exact: true }),
  ).toBeVisible()

  const rendered = await numberRows(page).count()
  expect(rendered).toBeGreaterThan(5)
  expect(rendered).toBeLessThan(80)

  // The last row by name is reachable by scrolling, and it says where it stands in the list.
  await page.keyboard.press('End')
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await expect(numberRows(page).last()).toHaveAttribute('aria-posinset', String(active.length))
  await expect(numberRows(page).last()).toBeInViewport()
  expect(await numberRows(page).count()).toBeLessThan(80)
})

test('works at 390 × 844 as cards, by touch', async ({ browser, sandbox, appServer }) => {
  const context = await browser.newContext({
    baseURL: appServer.url,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  const page = await context.newPage()
  await signInAs(page, 'Pat Rivera')
  await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()

  const pat = await sandbox.persona('Pat Rivera')
  const [first] = (await sandbox.numbersOf('Pat Rivera', pat.businessIDs[0] ?? '')).filter(
    (number) => !number.isDeleted,
  )
  if (!first) throw new Error('no active number')
  // No sideways scrolling on a phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)

  await page.getByRole('searchbox', { name: 'Search numbers' }).tap()
  await page.keyboard.type(first.name.slice(0, 6))
  const row = numberRows(page).filter({ hasText: first.name })
  await expect(row).toBeVisible()
  await expect(row.getByText('Last activity:')).toBeVisible()
  await new AxeBuilder({ page }).analyze().then((results) => {
    expect(results.violations.map((violation) => violation.id)).toEqual([])
  })
  await row.getByRole('button', { name: `Delete ${first.name}` }).tap()
  await expect(page.getByRole('status').filter({ hasText: `Deleted ${first.name}.` })).toBeVisible()
  await context.close()
})
