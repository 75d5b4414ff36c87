import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { parseNumbers } from './support/sandbox-control'
import { signInAsStaff, signOutHere } from './support/pages/staff-sign-in'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// A staff viewer's cookie session says from the start that it may not write (a pasted
// token's scopes are not known until a write is refused): sign-ins as `npm start` has them.
test.use({ devTokenSignIn: false })

const VIEW_ONLY = 'Your sign-in can view numbers but not change them.'

/**
 * Removes every number of the business as the signed-in page would: through the gateway,
 * with the session's cookie and the app's CSRF header (no bearer token passes it here).
 */
async function emptyBusiness(page: Page, businessID: string) {
  const path = `/api/v4/businesses/${businessID}/associate-phone-numbers`
  const call = (url: string, method: 'GET' | 'DELETE') =>
    page.evaluate(
      async ([to, how]) => {
        const response = await fetch(to, {
          method: how,
          headers: { 'X-Requested-With': 'numbers-console' },
        })
        return { status: response.status, body: how === 'GET' ? await response.text() : '' }
      },
      [url, method] as const,
    )
  const listed = await call(path, 'GET')
  expect(listed.status).toBe(200)
  const numbers = parseNumbers(JSON.parse(listed.body)).filter((number) => !number.isDeleted)
  expect(numbers.length).toBeGreaterThan(0)
  for (const number of numbers) {
    expect((await call(`${path}/${number.phoneNumberID}`, 'DELETE')).status).toBeLessThan(300)
  }
}

test.describe('the list empty for a viewer', () => {
  test('a view-only sign-in sees the empty list with the reason, and no way to add', async ({
    page,
    expectNoAxeViolations,
  }) => {
    const rivera = NAMED_BUSINESSES.riveraPlumbing
    // Pat's Thumbtack sign-in connects Rivera Plumbing, for staff to act through.
    await signInWithThumbtack(page, 'Pat Rivera')
    await expect(numbersListPage(page).heading(rivera.name)).toBeVisible()
    await emptyBusiness(page, rivera.id)
    await signOutHere(page)

    await signInAsStaff(page, 'Jordan Park')
    await page.getByRole('link', { name: /Rivera Plumbing/ }).click()
    await expect(page.getByRole('heading', { name: 'No numbers yet' })).toBeVisible()
    await expect(page.getByText('Numbers added to this business show here.')).toBeVisible()
    await expect(page.getByText(VIEW_ONLY).first()).toBeVisible()
    await expect(page.getByRole('link', { name: 'Add a number' })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Paste a list' })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
