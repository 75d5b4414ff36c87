import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { signInAs } from './support/sandbox-control'

test.describe('what a sign-in may not do, said plainly', () => {
  test('Riley Chen (read-only) sees the list, and a delete is refused plainly', async ({
    page,
    sandbox,
  }) => {
    const riley = await sandbox.persona('Riley Chen')
    const businessID = riley.businessIDs[0] ?? ''
    const active = (await sandbox.numbersOf('Riley Chen', businessID)).filter((n) => !n.isDeleted)
    const [target] = active
    if (!target) throw new Error('no active number')

    await signInAs(page, 'Riley Chen')
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
    for (const number of active) {
      await expect(page.getByText(number.name, { exact: true })).toBeVisible()
    }

    await page.getByRole('button', { name: `Delete ${target.name}` }).click()
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted ${target.name}.` })
      .getByRole('button', { name: 'Dismiss' })
      .click()
    await expect(
      page.getByText(/This sign-in may read numbers but not change them\./),
    ).toBeVisible()
    // A missing scope is not an expired sign-in: nobody is asked to sign in again.
    await expect(page.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0)
    await expect(page.getByText(target.name, { exact: true })).toBeVisible()
    const after = await sandbox.numbersOf('Riley Chen', businessID)
    expect(after.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted).toBe(false)
  })

  test('Riley Chen (read-only) is told plainly that a save is not allowed', async ({
    page,
    sandbox,
  }) => {
    const riley = await sandbox.persona('Riley Chen')
    const businessID = riley.businessIDs[0] ?? ''
    const [target] = (await sandbox.numbersOf('Riley Chen', businessID)).filter((n) => !n.isDeleted)
    if (!target) throw new Error('no active number')

    await signInAs(page, 'Riley Chen')
    await page.getByRole('link', { name: `Edit ${target.name}` }).click()
    const form = page.getByRole('dialog', { name: `Edit ${target.name}` })
    await form.getByLabel('Name', { exact: true }).fill('Renamed')
    await form.getByRole('button', { name: 'Save' }).click()
    await expect(form.getByRole('alert')).toContainText(
      'This sign-in may read numbers but not change them.',
    )
    await expect(page.getByRole('dialog', { name: 'Sign in again' })).toHaveCount(0)
  })

  test('a business this sign-in is not linked to says so, with a way back', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signInAs(page, 'Pat Rivera')
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()

    await page.goto(`/businesses/${NAMED_BUSINESSES.metroHvac.id}/numbers`)
    await expect(page.getByText('This sign-in is not linked to this business.')).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('No access to this business')
    await expect(page.getByText('Metro HVAC Services')).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: 'Go to your businesses' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Rivera Plumbing' })).toBeVisible()
  })
})
