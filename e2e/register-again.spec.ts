import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test.describe('a removed number', () => {
  test('"Register again" registers the same number and name in one step, and says how', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const removed = (await signedIn.stored()).find((number) => number.isDeleted)
    if (!removed) throw new Error('Rivera Plumbing has no removed number')
    const before = await sandbox.requests()
    await page.getByRole('checkbox', { name: 'Show removed' }).check()

    const again = page.getByRole('button', { name: `Register ${removed.name} again` })
    await expect(again).toHaveAccessibleDescription(
      "Thumbtack can't restore a removed number; this registers it again as a new entry.",
    )
    await again.click()
    await expect(numbersListPage(page).toast(`Registered ${removed.name} again.`)).toBeVisible()

    await expect
      .poll(async () =>
        (await signedIn.active()).filter(
          (number) => number.phoneNumber === removed.phoneNumber && number.name === removed.name,
        ),
      )
      .toHaveLength(1)
    const posts = (await sandbox.requests(before.at(-1)?.seq ?? 0)).filter(
      (request) => request.method === 'POST',
    )
    expect(posts.map((request) => request.phoneNumbers)).toEqual([[removed.phoneNumber]])
  })
})
