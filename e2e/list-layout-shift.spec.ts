import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { openPhonePage } from './support/phone-page'

/** The layout shifts of the page so far, as Chromium scores them (Lighthouse's CLS). */
function layoutShiftScore() {
  return new Promise<number>((resolve) => {
    new PerformanceObserver((list) => {
      const shifts = list.getEntries() as (PerformanceEntry & { value: number })[]
      resolve(shifts.reduce((sum, shift) => sum + shift.value, 0))
    }).observe({ type: 'layout-shift', buffered: true })
    // No entry at all: the observer is never called.
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(0)))
  })
}

test('on a phone, a support agent sees the list load without the page jumping down', async ({
  browser,
  sandbox,
  appServer,
}) => {
  const { context, page } = await openPhonePage(browser, appServer.url)
  const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
  await signInAs(page, 'Sam Ortiz')

  // The businesses (the banner's name, the switcher's list) arrive after the page is drawn.
  let release: (() => void) | undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/api\/v4\/businesses\?/, async (route) => {
    await held
    await route.continue()
  })
  const { heading, rows } = numbersListPage(page)
  await page.goto(`/businesses/${metroID}/numbers`)
  await expect(heading('Phone numbers')).toBeVisible()
  release?.()
  await expect(heading('Metro HVAC Services')).toBeVisible()
  await expect(page.getByRole('region', { name: 'Acting for' })).toContainText(
    'Metro HVAC Services',
  )
  await expect(page.getByRole('combobox', { name: 'Business' })).toBeVisible()
  await expect(rows.first()).toBeVisible()

  expect(await page.evaluate(layoutShiftScore)).toBeLessThan(0.01)
  await context.close()
})
