import AxeBuilder from '@axe-core/playwright'
import { type Locator } from '@playwright/test'

import { expect, test } from './support/fixtures'
import { national } from './support/numbers'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInOnBusiness } from './support/signed-in'

async function expectTappable(target: Locator) {
  const box = await target.boundingBox()
  expect(box, `no box for ${target.toString()}`).not.toBeNull()
  expect.soft(box?.width ?? 0, `width of ${target.toString()}`).toBeGreaterThanOrEqual(44)
  expect.soft(box?.height ?? 0, `height of ${target.toString()}`).toBeGreaterThanOrEqual(44)
}

test.describe('on a phone', () => {
  test('every tap target is at least 44 × 44 px, and a number can be called or texted', async ({
    browser,
    sandbox,
    appServer,
  }) => {
    const context = await browser.newContext({
      baseURL: appServer.url,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
    })
    const page = await context.newPage()
    const list = numbersListPage(page)
    const first = await (await signInOnBusiness(page, sandbox, 'Pat Rivera')).firstActive()
    const row = list.rowOf(first.name)

    const call = row.getByRole('link', { name: `Call ${national(first.phoneNumber)}` })
    await expect(call).toHaveAttribute('href', `tel:${first.phoneNumber}`)
    const text = row.getByRole('link', { name: `Text ${first.name}` })
    await expect(text).toHaveAttribute('href', `sms:${first.phoneNumber}`)

    for (const target of [
      call,
      text,
      row.getByRole('button', { name: `Copy ${first.phoneNumber}` }),
      row.getByRole('link', { name: `History of ${first.name}` }),
      list.editLink(first.name),
      list.deleteButton(first.name),
      list.search,
      list.sort,
      page.getByRole('combobox', { name: 'Added' }),
      page.getByText('Show removed'),
      list.addLink,
      list.bulkAddLink,
    ]) {
      await expectTappable(target)
    }
    const results = await new AxeBuilder({ page }).analyze()
    expect(results.violations.map((violation) => violation.id)).toEqual([])
    await context.close()
  })

  test('with a mouse the number is plain text: no call or text links', async ({
    page,
    signedIn,
    expectNoAxeViolations,
  }) => {
    const first = await signedIn.firstActive()
    const row = numbersListPage(page).rowOf(first.name)
    await expect(row.getByText(national(first.phoneNumber)).filter({ visible: true })).toHaveCount(
      1,
    )
    await expect(row.getByRole('link', { name: /^Call / })).toHaveCount(0)
    await expect(row.getByRole('link', { name: /^Text / })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
