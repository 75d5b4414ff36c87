import { readFile } from 'node:fs/promises'

import { expect, test } from './support/fixtures'
import { historyView, numberHistoryDialog } from './support/pages/history-page'
import { openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInWithThumbtack } from './support/pages/thumbtack-sign-in'

// History is kept for sessions of the gateway: sign in through Thumbtack's consent page.
test.use({ devTokenSignIn: false })

const RENAMED = 'Pat Rivera (pro) for Rivera Plumbing renamed Office line → Front desk'
const HOUR = 3_600_000

test.describe('history: who changed what', () => {
  test.beforeEach(async ({ page }) => {
    await signInWithThumbtack(page, 'Pat Rivera')
    const list = numbersListPage(page)
    await expect(list.heading('Rivera Plumbing')).toBeVisible()
    const form = await openEditForm(page, 'Office line')
    await form.name.fill('Front desk')
    await form.save.click()
    await expect(list.toast('Saved Front desk.')).toBeVisible()
  })

  test('the number’s history and the business’s History both say who did it and for whom', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.getByRole('link', { name: 'History of Front desk' }).click()
    const dialog = numberHistoryDialog(page, 'Front desk')
    await expect(dialog).toBeVisible()
    const inDialog = historyView(page, dialog)
    await expect(inDialog.changes.first()).toContainText(`${RENAMED}, just now`)
    await expect(page).toHaveTitle('History of Front desk · Rivera Plumbing · Numbers')
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toHaveCount(0)

    // Two hours on, in the browser: the line says so, and the exact time stays beside it.
    await page.clock.setFixedTime(Date.now() + 2 * HOUR)
    await page.getByRole('link', { name: 'History of Front desk' }).press('Enter')
    await dialog.getByRole('link', { name: 'Filter and export this number’s history' }).click()
    const history = historyView(page)
    await expect(history.heading).toHaveText('History: Rivera Plumbing')
    await expect(page).toHaveTitle('History · Rivera Plumbing · Numbers')
    await expect(page.getByText('Showing one number’s history.')).toBeVisible()
    await expect(history.changes.first()).toContainText(`${RENAMED}, 2 hours ago`)
    await expect(history.changes.first()).toContainText(/UTC/)
    await expect(history.changes.filter({ hasText: 'signed in' })).toHaveCount(0)

    await page.getByRole('button', { name: 'Show every number' }).click()
    await expect(history.changes.first()).toContainText(RENAMED)
    await expect(
      history.changes.filter({ hasText: 'Pat Rivera (pro) for Rivera Plumbing signed in' }).first(),
    ).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('filters by who, what and when are kept in the URL', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.getByRole('link', { name: 'History', exact: true }).click()
    const history = historyView(page)
    await expect(history.changes.first()).toContainText(RENAMED)

    // By keyboard: the What filter, then the choice.
    await history.what.focus()
    await history.what.selectOption({ label: 'Signed in' })
    await expect(page).toHaveURL(/[?&]what=sign-in/)
    await expect(history.changes.first()).toContainText('signed in')
    await expect(history.changes.filter({ hasText: 'renamed' })).toHaveCount(0)

    await history.who.selectOption({ label: 'Staff' })
    await expect(page).toHaveURL(/[?&]who=staff/)
    await expect(history.empty).toBeVisible()
    await expectNoAxeViolations(page)

    await page.reload()
    await expect(history.who).toHaveValue('staff')
    await expect(history.what).toHaveValue('sign-in')
    await expect(history.empty).toBeVisible()

    await history.who.selectOption({ label: 'Everyone' })
    await history.what.selectOption({ label: 'Changed' })
    await history.when.selectOption({ label: 'Last 24 hours' })
    await expect(page).toHaveURL(/[?&]when=24h/)
    await expect(history.changes.first()).toContainText(RENAMED)
    await expect(history.changes.filter({ hasText: 'signed in' })).toHaveCount(0)
  })

  test('Export CSV downloads the filtered history, formula-safe', async ({ page }) => {
    await page.getByRole('link', { name: 'History', exact: true }).click()
    const history = historyView(page)
    await history.what.selectOption({ label: 'Changed' })
    await expect(history.changes.first()).toContainText(RENAMED)

    const downloading = page.waitForEvent('download')
    await history.exportCsv.click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^rivera-plumbing-history-\d{4}-\d{2}-\d{2}\.csv$/)
    const bytes = await readFile(await download.path())
    // The byte order mark Excel needs to read UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(lines[0]).toBe(
      'Time (UTC),Row,Request ID,Who,Kind,Role,Action,Business,Business ID,Number ID,Phone number,Before,After,Result,Thumbtack status,Trace ID,Detail',
    )
    const rows = lines.slice(1)
    expect(rows.every((line) => line.includes(',update,'))).toBe(true)
    const outcome = rows.find((line) => line.includes(',outcome,'))
    expect(outcome).toContain('Pat Rivera,pro,pro,update,Rivera Plumbing')
    expect(outcome).toContain('Office line (+14155550142),Front desk (+14155550142),done,200')
  })
})
