import { type Page } from '@playwright/test'

import { pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { bulkDialog, openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'

const PASTE = 'Jane Smith, 415-555-0141\nBad Line, 415-555-01\nBob Lee, 415-555-0143'

async function signOut(page: Page) {
  await page.keyboard.press('Escape')
  await expect(bulkDialog(page).dialog).toBeHidden()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForURL(/\/sign-in/)
}

test.describe('bulk add: the draft', () => {
  test('survives closing, a reload and signing in again, per user', async ({
    page,
    sandbox,
    signedIn,
  }) => {
    const { businessID } = signedIn
    let bulk = await openBulkAdd(page)
    await pasteText(page, PASTE)
    await expect(bulk.status(2)).toHaveText('Needs fixing')
    await bulk.numberField(2).fill('415-555-0144')
    await expect(bulk.status(2)).toHaveText('Ready')
    await bulk.remove(3).click()
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await expect(bulk.dialog.getByText(/Your draft is kept/).first()).toBeVisible()

    const expectDraft = async () => {
      await expect(bulk.paste).toHaveValue(PASTE)
      await expect(bulk.numberField(2)).toHaveValue('415-555-0144')
      await expect(bulk.status(2)).toHaveText('Ready')
      await expect(bulk.row(3)).toHaveCount(0)
      await expect(bulk.addButton).toHaveText('Add 2 numbers')
    }

    // Closing needs no confirmation; focus goes back to "Bulk add".
    await page.keyboard.press('Escape')
    await expect(bulk.dialog).toBeHidden()
    await expect(numbersListPage(page).bulkAddLink).toBeFocused()
    bulk = await openBulkAdd(page)
    await expectDraft()

    // A reload with the dialog open (a deep link to it) and one with it closed.
    await page.reload()
    await expect(bulk.dialog).toBeVisible()
    await expectDraft()
    await bulk.dialog.getByRole('button', { name: 'Close' }).click()
    await expect(page).toHaveURL(/\/numbers$/)
    await page.reload()
    bulk = await openBulkAdd(page)
    await expectDraft()

    // A support agent signing in on the same tab sees none of it.
    await signOut(page)
    await signInAs(page, 'Sam Ortiz')
    await page.goto(`/businesses/${businessID}/numbers/bulk`)
    await expect(bulk.dialog).toBeVisible()
    await expect(bulk.paste).toHaveValue('')
    await expect(bulk.addButton).toHaveText('Add 0 numbers')

    // Pat, signing in again, finds the draft as left.
    await signOut(page)
    await signInOnBusiness(page, sandbox, 'Pat Rivera')
    bulk = await openBulkAdd(page)
    await expectDraft()
  })

  test('Clear asks first, then empties the draft for good', async ({ page, signedIn: _ }) => {
    const bulk = await openBulkAdd(page)
    await pasteText(page, PASTE)
    await expect(bulk.addButton).toHaveText('Add 2 numbers')

    await bulk.clear.click()
    const prompt = bulk.dialog.getByRole('alertdialog', { name: 'Clear this paste?' })
    await expect(prompt).toBeVisible()
    await expect(prompt.getByRole('button', { name: 'Keep it' })).toBeFocused()
    await prompt.getByRole('button', { name: 'Keep it' }).click()
    await expect(prompt).toBeHidden()
    await expect(bulk.paste).toHaveValue(PASTE)
    await expect(bulk.clear).toBeFocused()
    // Escape answers the question; it does not close the dialog.
    await bulk.clear.click()
    await expect(prompt).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(prompt).toBeHidden()
    await expect(bulk.dialog).toBeVisible()
    await expect(bulk.clear).toBeFocused()

    await bulk.clear.click()
    await prompt.getByRole('button', { name: 'Clear paste' }).click()
    await expect(bulk.paste).toHaveValue('')
    await expect(bulk.paste).toBeFocused()
    await expect(bulk.addButton).toHaveText('Add 0 numbers')
    await expect(bulk.addButton).toBeDisabled()
    await page.reload()
    await expect(bulkDialog(page).paste).toHaveValue('')
  })

  test('a draft too large for the tab’s storage says it will not survive a reload', async ({
    page,
    signedIn: _,
  }) => {
    // Fill the origin's localStorage (where drafts live) nearly to its quota, as other pages
    // of the origin might.
    await page.evaluate(() => {
      let i = 0
      for (const size of [256 * 1024, 1024]) {
        const chunk = 'x'.repeat(size)
        for (;;) {
          try {
            localStorage.setItem(`filler-${i++}`, chunk)
          } catch {
            break
          }
        }
      }
    })
    const bulk = await openBulkAdd(page)
    await pasteText(page, `${PASTE}\n`.repeat(2_000))
    await expect(bulk.dialog.getByText(/too large to keep if you reload/)).toBeVisible()
    await page.keyboard.press('Escape')
    const reopened = await openBulkAdd(page)
    await expect(reopened.addButton).toHaveText('Add 2 numbers')
  })
})
