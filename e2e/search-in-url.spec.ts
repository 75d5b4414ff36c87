import { type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { editForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { type SignedInBusiness } from './support/signed-in'

// The URL takes the search once the list is drawn and the browser idle (search-writer.ts):
// these are the moments it must have it already.

/** Types the first active number's name with time standing still: the idle moment never comes. */
async function typeWhileTimeStandsStill(page: Page, signedIn: SignedInBusiness) {
  const target = await signedIn.firstActive()
  const list = numbersListPage(page)
  await page.clock.install()
  await page.clock.pauseAt(Date.now() + 60_000)
  await list.search.fill(target.name)
  return { target, list }
}

test.describe('the search in the URL', () => {
  test('typed and reloaded at once, it is still in the field, the URL and the list', async ({
    page,
    signedIn,
  }) => {
    const { target, list } = await typeWhileTimeStandsStill(page, signedIn)
    await expect(list.rows).toHaveCount(1)
    await expect(page).not.toHaveURL(/[?&]q=/)
    await page.reload()
    await page.clock.resume()

    await expect(list.search).toHaveValue(target.name)
    await expect(list.rows).toHaveCount(1)
    await expect(list.rows.first()).toContainText(target.name)
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(target.name)
    // Read once: a reload of the list as it is now starts from its URL, as any visit does.
    await list.search.fill('')
    await expect(page).not.toHaveURL(/[?&]q=/)
    await page.reload()
    await expect(list.search).toHaveValue('')
  })

  test('a sort chosen right after typing keeps the search, and Back undoes only the sort', async ({
    page,
    signedIn,
  }) => {
    const { target, list } = await typeWhileTimeStandsStill(page, signedIn)
    await list.sort.selectOption({ label: 'Last activity' })
    await expect(page).toHaveURL(/sort=activity/)
    await expect(page).toHaveURL(/[?&]q=/)

    await page.goBack()
    await expect(list.sort).toHaveValue('name')
    await expect(list.search).toHaveValue(target.name)
    await expect(page).toHaveURL(/[?&]q=/)
    await expect(page).not.toHaveURL(/sort=/)
  })

  test('an Edit clicked right after typing comes back to the search', async ({
    page,
    signedIn,
  }) => {
    const { target, list } = await typeWhileTimeStandsStill(page, signedIn)
    await list.editLink(target.name).click()
    const form = editForm(page, target.name)
    await expect(form.dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(form.dialog).toBeHidden()

    await expect(list.search).toHaveValue(target.name)
    await expect(page).toHaveURL(/[?&]q=/)
    await page.reload()
    await page.clock.resume()
    await expect(list.search).toHaveValue(target.name)
  })
})
