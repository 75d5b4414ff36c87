import { type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { signInAs } from './support/pages/sign-in-page'

/** The switcher's list (the numbers page has options of its own, in its sort menu). */
function businessList(page: Page) {
  return page.getByRole('listbox', { name: 'Businesses' })
}

const { leeElectric, leeSolar, metroHvac } = NAMED_BUSINESSES

test.describe('the Business switcher', () => {
  test('switches business by keyboard alone, and Back returns to the previous one', async ({
    page,
  }) => {
    await signInAs(page, 'Morgan Lee')
    await page.getByRole('link', { name: 'Lee Electric' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Electric' })).toBeVisible()

    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.focus()
    await switcher.press('ArrowDown')
    await expect(switcher).toHaveAttribute('aria-expanded', 'true')
    // Opens on the business on screen; the next one down is Lee Solar.
    await expect(businessList(page).getByRole('option', { name: 'Lee Electric' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    await switcher.press('ArrowDown')
    await expect(businessList(page).getByRole('option', { name: 'Lee Solar' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    const activeID = await switcher.getAttribute('aria-activedescendant')
    expect(activeID).toBe(
      await businessList(page).getByRole('option', { name: 'Lee Solar' }).getAttribute('id'),
    )
    await switcher.press('Enter')

    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
    await expect(page).toHaveURL(`/businesses/${leeSolar.id}/numbers`)
    await expect(switcher).toHaveAttribute('aria-expanded', 'false')
    await expect(switcher).toBeFocused()

    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Electric' })).toBeVisible()
    await expect(page).toHaveURL(`/businesses/${leeElectric.id}/numbers`)
    await expect(switcher).toHaveValue('Lee Electric')
  })

  test('typing after a click replaces the name shown', async ({ page }) => {
    await signInAs(page, 'Morgan Lee')
    await page.getByRole('link', { name: 'Lee Electric' }).click()
    // The switcher shows the business once its page has loaded: wait for it before typing.
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Electric' })).toBeVisible()
    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.click()
    await switcher.pressSequentially('SOL')
    await expect(switcher).toHaveValue('SOL')
    await expect(businessList(page).getByRole('option')).toHaveText(['Lee Solar'])
    await switcher.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
  })

  test('Escape closes the list without leaving the page', async ({ page }) => {
    await signInAs(page, 'Morgan Lee')
    await page.getByRole('link', { name: 'Lee Solar' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Lee Solar' })).toBeVisible()
    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.fill('elec')
    await expect(businessList(page)).toBeVisible()
    await switcher.press('Escape')
    await expect(businessList(page)).toBeHidden()
    await expect(switcher).toHaveAttribute('aria-expanded', 'false')
    await expect(page).toHaveURL(`/businesses/${leeSolar.id}/numbers`)
  })

  test('shows at most 50 of hundreds, narrows as you type, and passes axe while open', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await signInAs(page, 'Sam Ortiz')
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
    const switcher = page.getByRole('combobox', { name: 'Business' })
    await switcher.click()
    await expect(businessList(page).getByRole('option')).toHaveCount(50)
    await expect(page.getByText(/^\d+ more — keep typing$/)).toBeVisible()
    await expectNoAxeViolations(page)

    await switcher.pressSequentially('METRO')
    await expect(
      businessList(page).getByRole('option', { name: 'Metro HVAC Services' }),
    ).toBeVisible()
    await expect(page.getByText(/more — keep typing/)).toBeHidden()
    await expectNoAxeViolations(page)
  })

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

    test('works by touch', async ({ page, expectNoAxeViolations }) => {
      await signInAs(page, 'Sam Ortiz')
      const switcher = page.getByRole('combobox', { name: 'Business' })
      await expect(switcher).toBeVisible()
      const box = await switcher.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThan(200)
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0)
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390)

      await switcher.tap()
      await expect(businessList(page)).toBeVisible()
      await switcher.fill('hvac')
      const option = businessList(page).getByRole('option', { name: 'Metro HVAC Services' })
      const optionBox = await option.boundingBox()
      // Big enough to hit with a thumb.
      expect(optionBox?.height ?? 0).toBeGreaterThanOrEqual(44)
      await option.tap()

      await expect(page).toHaveURL(`/businesses/${metroHvac.id}/numbers`)
      await expect(page.getByText('Acting for Metro HVAC Services')).toBeVisible()
      await expectNoAxeViolations(page)
    })
  })
})
