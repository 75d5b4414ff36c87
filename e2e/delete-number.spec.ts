import { expect, test } from './support/fixtures'
import { numberRows } from './support/numbers'
import { signInAs } from './support/sandbox-control'

test.describe('removing a number, with a way back', () => {
  test('Undo brings the number back and nothing is sent', async ({
    page,
    sandbox,
    expectNoAxeViolations,
  }) => {
    await signInAs(page, 'Pat Rivera')
    const pat = await sandbox.persona('Pat Rivera')
    const businessID = pat.businessIDs[0] ?? ''
    const [target] = (await sandbox.numbersOf('Pat Rivera', businessID)).filter((n) => !n.isDeleted)
    if (!target) throw new Error('no active number')

    await page.getByRole('button', { name: `Delete ${target.name}` }).click()
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0)
    const status = page.getByRole('status').filter({ hasText: `Deleted ${target.name}.` })
    await expect(status).toBeVisible()
    await expectNoAxeViolations(page)
    await status.getByRole('button', { name: 'Undo' }).click()

    await expect(numberRows(page).filter({ hasText: target.name })).toHaveCount(1)
    // Well past the undo window: the server must still hold the number.
    await page.waitForTimeout(9000)
    const after = await sandbox.numbersOf('Pat Rivera', businessID)
    expect(after.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted).toBe(false)
  })

  test('the removal is sent when the undo window ends, and the timer waits while hovered', async ({
    page,
    sandbox,
  }) => {
    await signInAs(page, 'Pat Rivera')
    const pat = await sandbox.persona('Pat Rivera')
    const businessID = pat.businessIDs[0] ?? ''
    const [target] = (await sandbox.numbersOf('Pat Rivera', businessID)).filter((n) => !n.isDeleted)
    if (!target) throw new Error('no active number')

    await page.getByRole('button', { name: `Delete ${target.name}` }).click()
    const status = page.getByRole('status').filter({ hasText: `Deleted ${target.name}.` })
    await status.hover()
    await page.waitForTimeout(9000)
    // Still hovered: still undoable, still on the server.
    await expect(status.getByRole('button', { name: 'Undo' })).toBeVisible()
    const during = await sandbox.numbersOf('Pat Rivera', businessID)
    expect(during.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted).toBe(false)

    await page.mouse.move(0, 0)
    await expect(status).toHaveCount(0, { timeout: 12_000 })
    await expect
      .poll(async () => {
        const stored = await sandbox.numbersOf('Pat Rivera', businessID)
        return stored.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted
      })
      .toBe(true)
    await expect(page.getByText(target.name, { exact: true })).toHaveCount(0)
  })

  test('leaving the page at once still removes the number', async ({ page, sandbox }) => {
    await signInAs(page, 'Pat Rivera')
    const pat = await sandbox.persona('Pat Rivera')
    const businessID = pat.businessIDs[0] ?? ''
    const [target] = (await sandbox.numbersOf('Pat Rivera', businessID)).filter((n) => !n.isDeleted)
    if (!target) throw new Error('no active number')

    await page.getByRole('button', { name: `Delete ${target.name}` }).click()
    await page.goto('about:blank')

    await expect
      .poll(async () => {
        const stored = await sandbox.numbersOf('Pat Rivera', businessID)
        return stored.find((n) => n.phoneNumberID === target.phoneNumberID)?.isDeleted
      })
      .toBe(true)
  })

  test('a removal the server refuses puts the row back with the reason', async ({
    page,
    sandbox,
  }) => {
    await signInAs(page, 'Pat Rivera')
    const pat = await sandbox.persona('Pat Rivera')
    const [target] = (await sandbox.numbersOf('Pat Rivera', pat.businessIDs[0] ?? '')).filter(
      (n) => !n.isDeleted,
    )
    if (!target) throw new Error('no active number')

    await page.getByRole('button', { name: `Delete ${target.name}` }).click()
    await sandbox.setFaults({ errorRate: 1 })
    await page
      .getByRole('status')
      .filter({ hasText: `Deleted ${target.name}.` })
      .getByRole('button', { name: 'Dismiss' })
      .click()
    await expect(
      page.getByText(`Could not delete ${target.name}; it is back in the list.`),
    ).toBeVisible()
    await expect(numberRows(page).filter({ hasText: target.name })).toHaveCount(1)
  })
})
