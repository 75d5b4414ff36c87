import { expect, test } from './support/fixtures'
import { watchPage } from './support/page-watch'

test('a full page load logs no missing HydrateFallback warning', async ({ page, signedIn }) => {
  const watch = await watchPage(page)
  // Full loads of the list, a dialog route, home, and an unknown path.
  const numbers = `/businesses/${signedIn.businessID}/numbers`
  for (const path of [numbers, `${numbers}/bulk`, '/', '/no-such-page']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  }
  expect(watch.consoleMessages.filter((line) => line.includes('HydrateFallback'))).toEqual([])
})
