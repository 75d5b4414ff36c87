import { expect, test } from './support/fixtures'
import { editForm, openAddForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAs } from './support/pages/sign-in-page'

// Metro HVAC Services has 2,500 numbers, sorted by name: a saved number lands far below the
// first screen, where the virtualized list has not even rendered its row.
test.describe('after a save, in a 2,500-row list', () => {
  test.beforeEach(async ({ page }) => {
    // The highlight's fade is timed by the page's clock, moved on by the tests.
    await page.clock.install()
    await signInAs(page, 'Sam Ortiz')
  })

  test('a number just added is scrolled to and highlighted, then the highlight fades', async ({
    page,
    sandbox,
  }) => {
    const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
    const list = numbersListPage(page)
    await page.goto(`/businesses/${metroID}/numbers`)
    await expect(list.heading('Metro HVAC Services')).toBeVisible()

    const name = 'Tech 1250 – Zed Added'
    const form = await openAddForm(page)
    await form.phone.fill('(415) 555-0142')
    await form.name.fill(name)
    await form.save.click()
    await expect(form.dialog).toBeHidden()

    const row = list.rowOf(name)
    await expect(row).toBeInViewport()
    await expect(row).toHaveAttribute('data-just-saved', 'true')
    await expect(row).toHaveAttribute('aria-posinset', /^\d{3,4}$/)
    await expect(page.getByText(`${name} is highlighted in the list: number`)).toBeAttached()
    // Far down the list: the first rows are off screen.
    await expect(list.rows.first()).not.toHaveAttribute('aria-posinset', '1')

    await page.clock.runFor(2600)
    await expect(row).not.toHaveAttribute('data-just-saved')
    await expect(row).toBeInViewport()
    // Used once: a reload highlights nothing, and Back leaves the list as without a save.
    await page.reload()
    await expect(list.heading('Metro HVAC Services')).toBeVisible()
    await expect(list.rows.first()).toBeVisible()
    await expect(page.locator('[data-just-saved]')).toHaveCount(0)
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a business' })).toBeVisible()
  })

  test('a number renamed far down the list is scrolled to and highlighted', async ({
    page,
    sandbox,
  }) => {
    const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
    const [first] = (await sandbox.numbersOf('Sam Ortiz', metroID)).filter(
      (number) => !number.isDeleted && number.name.startsWith('Tech 000'),
    )
    if (!first) throw new Error('Metro HVAC Services has no Tech 000x number')
    const list = numbersListPage(page)
    // Straight to the edit form, by its address (a link from a ticket, say).
    await page.goto(`/businesses/${metroID}/numbers/${first.phoneNumberID}/edit`)
    const form = editForm(page, first.name)
    await expect(form.dialog).toBeVisible()
    const renamed = 'Tech 2400 – Renamed'
    await form.name.fill(renamed)
    await form.save.click()
    await expect(form.dialog).toBeHidden()

    const row = list.rowOf(renamed)
    await expect(row).toBeInViewport()
    await expect(row).toHaveAttribute('data-just-saved', 'true')
    expect(Number(await row.getAttribute('aria-posinset'))).toBeGreaterThan(1500)
    await page.clock.runFor(2600)
    await expect(row).not.toHaveAttribute('data-just-saved')
  })

  test.describe('without motion', () => {
    test.use({ reducedMotion: 'reduce' })

    test('the highlight is a still background, no fade', async ({ page, sandbox }) => {
      const metroID = await sandbox.businessID('Sam Ortiz', 'Metro HVAC Services')
      const list = numbersListPage(page)
      await page.goto(`/businesses/${metroID}/numbers`)
      await expect(list.heading('Metro HVAC Services')).toBeVisible()
      const form = await openAddForm(page)
      await form.phone.fill('(415) 555-0143')
      await form.name.fill('Tech 0900 – Still')
      await form.save.click()
      const row = list.rowOf('Tech 0900 – Still')
      await expect(row).toHaveAttribute('data-just-saved', 'true')
      await expect(row).toBeInViewport()
      expect(await row.evaluate((element) => getComputedStyle(element).animationName)).toBe('none')
      expect(await row.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
        'rgba(0, 0, 0, 0)',
      )
    })
  })
})
