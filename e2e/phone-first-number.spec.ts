import { type Browser, type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAsStaff, signOutHere } from './support/pages/staff-sign-in'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// As `npm start` runs: pros sign in with Thumbtack, staff act through a pro's connection.
test.use({ devTokenSignIn: false })

const rivera = NAMED_BUSINESSES.riveraPlumbing
const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true }

async function phonePage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, ...phone })
  return context.newPage()
}

/**
 * How many times the business's name can be read on screen above the first row: in text
 * (a heading, a banner) or in a field's value (the business switcher). Hidden text (for
 * screen readers only) does not count: it takes no room.
 */
function timesNameShownAboveList(page: Page, name: string): Promise<number> {
  return page.evaluate((wanted) => {
    const list = document.querySelector('[aria-label="Phone numbers"]')
    const listTop = list?.getBoundingClientRect().top ?? window.innerHeight
    const seen = (rect: DOMRect) =>
      rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.top < listTop
    // Text for screen readers only sits in a 1 px box that clips it.
    const clipped = (element: Element | null): boolean => {
      for (let at = element; at; at = at.parentElement) {
        const box = at.getBoundingClientRect()
        if ((box.width <= 1 || box.height <= 1) && getComputedStyle(at).overflow === 'hidden')
          return true
      }
      return false
    }
    let count = 0
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? ''
      const at = text.indexOf(wanted)
      if (at === -1) continue
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      if (!clipped(node.parentElement) && [...range.getClientRects()].some(seen)) count += 1
    }
    for (const input of document.querySelectorAll('input')) {
      if (input.value.includes(wanted) && seen(input.getBoundingClientRect())) count += 1
    }
    return count
  }, name)
}

async function expectFirstNumberInView(page: Page, businessName: string) {
  const list = numbersListPage(page)
  await expect(list.heading(businessName)).toBeVisible()
  const firstNumber = list.rows.first().getByRole('link', { name: /^Call / })
  await expect(firstNumber).toBeVisible()
  // Whole, on the first screen, with the page not scrolled.
  await expect(firstNumber).toBeInViewport({ ratio: 1 })
  expect(await page.evaluate(() => window.scrollY), 'the page is not scrolled').toBe(0)
  expect(await timesNameShownAboveList(page, businessName)).toBe(1)
}

test.describe('on a 390 × 844 phone', () => {
  test('a pro sees the first number without scrolling, and the business named once', async ({
    browser,
    appServer,
  }) => {
    const page = await phonePage(browser, appServer.url)
    await signInWithThumbtack(page, 'Pat Rivera')
    await expectFirstNumberInView(page, rivera.name)

    // Scrolled to the end, the search is still at hand: it sticks at the top.
    const search = numbersListPage(page).search
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
    await expect(search).toBeInViewport()
    expect((await search.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0)
    await page.context().close()
  })

  test('a pro with two businesses sees the first number, the name once in the switcher', async ({
    browser,
    appServer,
  }) => {
    const page = await phonePage(browser, appServer.url)
    await signInWithThumbtack(page, 'Morgan Lee')
    await page.getByRole('link', { name: /Lee Electric/ }).click()
    await expect(page.getByRole('combobox', { name: 'Business' })).toHaveValue(
      NAMED_BUSINESSES.leeElectric.name,
    )
    await expectFirstNumberInView(page, NAMED_BUSINESSES.leeElectric.name)
    await page.context().close()
  })

  test('staff acting for a pro see the first number, who they act for, and the name once', async ({
    browser,
    appServer,
  }) => {
    const page = await phonePage(browser, appServer.url)
    await signInWithThumbtack(page, 'Pat Rivera')
    await expect(numbersListPage(page).heading(rivera.name)).toBeVisible()
    await signOutHere(page)
    await signInAsStaff(page, 'Sam Ortiz')
    await page.getByRole('link', { name: /Rivera Plumbing/ }).click()

    const acting = page.getByRole('region', { name: 'Acting for' })
    await expect(acting).toHaveText('Acting for Rivera Plumbing as Sam Ortiz')
    await expect(acting).toBeInViewport()
    await expectFirstNumberInView(page, rivera.name)
    await page.context().close()
  })
})
