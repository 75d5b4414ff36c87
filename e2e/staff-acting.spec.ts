import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { historyView, numberHistoryDialog } from './support/pages/history-page'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAsStaff, signOutHere, staffProviderPage } from './support/pages/staff-sign-in'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// As `npm start` runs: pros sign in with Thumbtack, staff with the company's provider
// (the sandbox's /staff-idp), and staff act only through a pro's connection.
test.use({ devTokenSignIn: false })

const rivera = NAMED_BUSINESSES.riveraPlumbing
const acting = 'Acting for Rivera Plumbing as Sam Ortiz'

/** Pat Rivera signs in with Thumbtack (connecting Rivera Plumbing) and signs out again. */
async function patConnects(page: Page) {
  await signInWithThumbtack(page, 'Pat Rivera')
  await expect(numbersListPage(page).heading(rivera.name)).toBeVisible()
  await signOutHere(page)
}

/** A pro signs in with Thumbtack and disconnects all their businesses (signing them out). */
async function disconnectEverything(page: Page, pro: string) {
  await signInWithThumbtack(page, pro)
  await page.goto('/connections')
  await page
    .getByRole('button', { name: /^Disconnect / })
    .first()
    .click()
  await page.getByRole('dialog').getByRole('button', { name: 'Disconnect' }).click()
  await expect(page).toHaveURL(/\/sign-in\?disconnected=1/)
}

test.describe('staff acting for a pro', () => {
  test('Sam Ortiz signs in as staff, finds Rivera Plumbing by its business ID and renames a number', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    // Morgan's two as well: with several businesses to choose from, staff get the finder.
    await signInWithThumbtack(page, 'Morgan Lee')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
    await signOutHere(page)
    await patConnects(page)
    await page.getByRole('link', { name: 'Sign in as staff' }).click()
    await expect(staffProviderPage(page).heading).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/sign-in')
    await signInAsStaff(page, 'Sam Ortiz')

    const finder = page.getByRole('combobox', { name: 'Business' })
    await expect(finder).toBeVisible()
    await expect(page.getByRole('button', { name: `Copy business ID ${rivera.id}` })).toBeVisible()
    await expectNoAxeViolations(page)
    await finder.fill(rivera.id.slice(-7))
    await page.getByRole('option', { name: /Rivera Plumbing/ }).click()

    const list = numbersListPage(page)
    await expect(list.heading(rivera.name)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Acting for' })).toHaveText(acting)
    const form = await openEditForm(page, 'Office line')
    await expect(form.dialog.getByText(acting)).toBeVisible()
    await form.name.fill('Front desk')
    await form.save.click()
    await expect(list.rowOf('Front desk')).toBeVisible()

    // On record as Sam's, for Rivera Plumbing: in the number's history and the business's.
    const renamed = 'Sam Ortiz (support) for Rivera Plumbing renamed Office line → Front desk'
    await page.getByRole('link', { name: 'History of Front desk' }).click()
    const dialog = numberHistoryDialog(page, 'Front desk')
    await expect(dialog.getByText(acting)).toBeVisible()
    await expect(historyView(page, dialog).changes.first()).toContainText(`${renamed}, just now`)
    await dialog.getByRole('link', { name: 'Filter and export this number’s history' }).click()
    await expect(historyView(page).heading).toHaveText('History: Rivera Plumbing')
    await expect(historyView(page).changes.first()).toContainText(renamed)

    // The rename went out with Pat's connection: the sandbox saw Pat's token, not a staff one.
    const log = await sandbox.requests()
    expect(log).toContainEqual(
      expect.objectContaining({ method: 'PUT', personaID: 'pat-rivera', status: 200 }),
    )
  })

  test('Jordan Park, a viewer, sees View only and every write disabled', async ({ page }) => {
    await patConnects(page)
    await signInAsStaff(page, 'Jordan Park')
    await page.getByRole('link', { name: /Rivera Plumbing/ }).click()
    const list = numbersListPage(page)
    await expect(list.heading(rivera.name)).toBeVisible()
    await expect(page.getByRole('region', { name: 'Acting for' })).toHaveText(
      'Acting for Rivera Plumbing as Jordan Park (viewer)',
    )
    await expect(page.getByRole('banner').getByText('View only')).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add number', exact: true })).toBeDisabled()
    await expect(list.rows.first().getByRole('button', { name: /^Edit / })).toBeDisabled()
  })

  test('Pat disconnects on Connected businesses, and staff are told plainly', async ({
    page,
    expectNoAxeViolations,
  }) => {
    // Riley Chen also owns Rivera Plumbing; an earlier spec on this server may have connected
    // it through Riley. Riley disconnects first, so Pat's is the last connection.
    await disconnectEverything(page, 'Riley Chen')
    await signInWithThumbtack(page, 'Pat Rivera')
    await page.getByRole('link', { name: 'Connected businesses' }).click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Connected businesses' }),
    ).toBeVisible()
    await expect(page.getByText(/^Connected since /)).toBeVisible()
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Disconnect Rivera Plumbing' }).click()
    const dialog = page.getByRole('dialog', { name: 'Disconnect Rivera Plumbing?' })
    await expect(dialog).toBeVisible()
    await expectNoAxeViolations(page)
    await dialog.getByRole('button', { name: 'Disconnect' }).click()
    await expect(page).toHaveURL(/\/sign-in\?disconnected=1/)
    await expect(page.getByText(/^Your businesses are disconnected: support staff/)).toBeVisible()

    await signInAsStaff(page, 'Sam Ortiz')
    await expect(page.getByText(rivera.name)).toHaveCount(0)
    await page.goto(`/businesses/${rivera.id}/numbers`)
    await expect(
      page.getByRole('heading', { name: 'This business is not connected' }),
    ).toBeVisible()
    await expect(page.getByRole('alert')).toHaveText(
      /Rivera Plumbing is not connected: its pro has disconnected it/,
    )
    await expectNoAxeViolations(page)
  })
})
