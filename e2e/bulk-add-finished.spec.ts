import { type Locator } from '@playwright/test'

import { numberLines, pasteText } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'

/**
 * Every element in the dialog (itself included) that scrolls: overflow auto or scroll, and more
 * to show. The paste box is left out: a text box scrolls its own text, as every text box does.
 */
function scrollersIn(dialog: Locator) {
  return dialog.evaluate((root) =>
    [root, ...root.querySelectorAll('*')]
      .filter((element) => {
        if (element instanceof HTMLTextAreaElement) return false
        const { overflowY } = getComputedStyle(element)
        const scrolls = overflowY === 'auto' || overflowY === 'scroll'
        return scrolls && element.scrollHeight > element.clientHeight
      })
      .map((element) => element.tagName.toLowerCase()),
  )
}

test.describe('bulk add: finished', () => {
  test('a send that adds everything ends on what was added, with View numbers and Add more', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const lines = numberLines(3, { exchange: 740 })
    let bulk = await openBulkAdd(page)
    await pasteText(page, lines.join('\n'))
    await expect(bulk.addButton).toHaveText('Add 3 numbers')
    await bulk.addButton.click()

    const finished = bulk.dialog.getByRole('group', {
      name: `3 numbers added to ${signedIn.businessName}`,
    })
    await expect(finished).toBeVisible()
    await expect(finished).toBeFocused()
    await expect(bulk.outcome).toHaveText('Added 3 numbers.')
    // Not the empty form it used to end on.
    await expect(bulk.addButton).toHaveCount(0)
    await expect(bulk.paste).toHaveCount(0)
    await expectNoAxeViolations(page)

    // "Add more": an empty paste box, ready to type in.
    await finished.getByRole('button', { name: 'Add more' }).click()
    await expect(bulk.paste).toHaveValue('')
    await expect(bulk.paste).toBeFocused()
    await expect(bulk.addButton).toHaveText('Add 0 numbers')
    await expect(bulk.outcome).toHaveCount(0)

    // A second run, then "View numbers": the list, showing what was added.
    const more = numberLines(2, { from: 3, exchange: 741 })
    await pasteText(page, more.join('\n'))
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await bulk.addButton.click()
    const again = bulk.dialog.getByRole('group', {
      name: `2 numbers added to ${signedIn.businessName}`,
    })
    await again.getByRole('button', { name: 'View numbers' }).click()
    await expect(bulk.dialog).toBeHidden()
    await expect(page).toHaveURL(/\/numbers$/)
    const list = numbersListPage(page)
    for (const line of [...lines, ...more]) {
      const name = line.split(',')[0] ?? ''
      await list.search.fill(name)
      await expect(list.rowOf(name)).toHaveCount(1)
    }
    const stored = (await signedIn.active()).map((number) => number.name)
    expect(stored).toEqual(
      expect.arrayContaining(['Tech 1', 'Tech 2', 'Tech 3', 'Tech 4', 'Tech 5']),
    )

    // Reopened, the draft is gone: nothing is offered twice.
    bulk = await openBulkAdd(page)
    await expect(bulk.paste).toHaveValue('')
  })

  test('rows skipped as repeats or already registered still finish, and are counted', async ({
    page,
    signedIn,
  }) => {
    const [first = '', second = ''] = numberLines(2, { exchange: 742 })
    // Pat Rivera's business already has +14155552671.
    const bulk = await openBulkAdd(page)
    await pasteText(page, [first, second, first, 'Pat again, 415-555-2671'].join('\n'))
    await expect(bulk.addButton).toHaveText('Add 2 numbers')
    await bulk.addButton.click()
    const finished = bulk.dialog.getByRole('group', {
      name: `2 numbers added to ${signedIn.businessName}`,
    })
    await expect(finished).toContainText(
      '2 rows were skipped: repeats, or numbers already registered.',
    )
  })

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
  ]) {
    test(`the dialog is the one thing that scrolls at ${viewport.width}×${viewport.height}`, async ({
      page,
      signedIn: _,
    }) => {
      await page.setViewportSize(viewport)
      const bulk = await openBulkAdd(page)
      await pasteText(page, numberLines(80, { exchange: 743 }).join('\n'))
      await expect(bulk.addButton).toHaveText('Add 80 numbers')
      expect(await scrollersIn(bulk.dialog)).toEqual(['dialog'])

      // Scrolled to its end, the last row is there (the preview scrolls with the dialog).
      // Rows are measured as they come into view, so the end moves until all are measured.
      await expect(async () => {
        await bulk.dialog.evaluate((dialog) => dialog.scrollTo({ top: dialog.scrollHeight }))
        await expect(bulk.row(80)).toBeInViewport({ timeout: 500 })
      }).toPass()
      // The actions come before the rows, in reach without scrolling through all of them.
      await bulk.dialog.evaluate((dialog) => dialog.scrollTo({ top: 0 }))
      const add = await bulk.addButton.boundingBox()
      const firstRow = await bulk.row(1).boundingBox()
      expect(add && firstRow && add.y < firstRow.y).toBe(true)
      expect(await scrollersIn(bulk.dialog)).toEqual(['dialog'])
    })
  }
})
