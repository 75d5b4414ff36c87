import { type Locator, type Page } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInOnBusiness } from './support/signed-in'

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

type Box = NonNullable<Awaited<ReturnType<Locator['boundingBox']>>>

/** Where `locator` is drawn; a virtualized row drawn again has no box for a moment, so ask again. */
async function boxOf(locator: Locator): Promise<Box> {
  const seen: Box[] = []
  await expect(async () => {
    const box = await locator.boundingBox()
    expect(box, `a box for ${locator.toString()}`).not.toBeNull()
    if (box) seen.push(box)
  }).toPass({ timeout: 5000 })
  const box = seen.at(-1)
  if (!box) throw new Error(`no box for ${locator.toString()}`)
  return box
}

/** Whether two boxes on screen share any area. */
async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [one, two] = [await boxOf(a), await boxOf(b)]
  return (
    one.x < two.x + two.width &&
    two.x < one.x + one.width &&
    one.y < two.y + two.height &&
    two.y < one.y + one.height
  )
}

/** Scrolls the page so that the bottom of `target` sits `gap` px above the window's bottom. */
async function scrollBottomTo(page: Page, target: Locator, gap: number) {
  const box = await boxOf(target)
  await page.evaluate((by) => window.scrollBy(0, by), box.y + box.height - (844 - gap))
}

test.describe('toasts on a 390 × 844 phone', () => {
  test.use(phone)

  test('a delete at the end of the list leaves the last row, where focus is, in the clear', async ({
    page,
    sandbox,
  }) => {
    await signInOnBusiness(page, sandbox, 'Pat Rivera')
    const list = numbersListPage(page)
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    const names = await list.shownNames()
    const [last, beforeLast] = [names.at(-1) ?? '', names.at(-2) ?? '']
    await list.deleteButton(last).click()

    const toast = list.removalToast(last)
    await expect(toast).toBeVisible()
    await expect(list.deleteButton(beforeLast)).toBeFocused()
    const lastRow = list.rowOf(beforeLast)
    await expect(lastRow).toBeInViewport()
    await expect.poll(() => overlaps(toast, lastRow)).toBe(false)
  })

  test('the row a Copy toast is about is never under it', async ({ page, sandbox }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    const first = await (await signInOnBusiness(page, sandbox, 'Pat Rivera')).firstActive()
    const list = numbersListPage(page)
    const row = list.rowOf(first.name)
    // The row at the very bottom of the screen, where a toast comes up.
    await scrollBottomTo(page, row, 4)
    await row.getByRole('button', { name: `Copy ${first.phoneNumber}` }).click()

    const toast = list.toast(`Copied ${first.phoneNumber}`)
    await expect(toast).toBeVisible()
    await expect(row).toBeInViewport()
    await expect.poll(() => overlaps(toast, row)).toBe(false)
  })
})
