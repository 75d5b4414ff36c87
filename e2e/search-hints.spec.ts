import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'

test('search says it needs 3 digits, and an empty result offers "Clear search"', async ({
  page,
  signedIn,
}) => {
  const list = numbersListPage(page)
  const active = await signedIn.active()
  const hint = 'Type at least 3 digits to search by number.'
  await list.search.fill('41')
  await expect(page.getByText(hint)).toBeVisible()
  await expect(list.search).toHaveAccessibleDescription(hint)
  await list.search.fill('415')
  await expect(page.getByText(hint)).toHaveCount(0)

  await list.search.fill('no such name')
  await expect(page.getByText('No numbers match “no such name”.')).toBeVisible()
  await page.getByRole('button', { name: 'Clear search' }).click()
  await expect(list.search).toHaveValue('')
  await expect(list.search).toBeFocused()
  await expect(page.getByRole('list', { name: 'Phone numbers' }).getByRole('listitem')).toHaveCount(
    active.length,
  )
})
