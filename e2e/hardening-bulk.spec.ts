import { hostileInputs } from '../sandbox/testing/hostile-inputs'
import { cleanNameText } from '../src/features/phone-numbers/bulk/parse/clean-cells'

import { BULK_PATH, numberLines, e164Of } from './support/bulk-add'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { national } from './support/numbers'
import { watchPage } from './support/page-watch'
import { signInAgainDialog } from './support/pages/sign-in-page'
import { signInOnBusiness } from './support/signed-in'

const bulkCreate = (path: string) => BULK_PATH.test(path)

test('a bulk add of 500 under 20% lost answers and 300–800 ms: all registered, none sent twice', async ({
  page,
  sandbox,
}) => {
  test.setTimeout(240_000)
  // Watching starts before the first navigation, so the sign-in is watched too.
  const watch = await watchPage(page)
  const { active } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
  const before = (await active()).length
  const lines = numberLines(500, { exchange: 640 })
  const bulk = await openBulkAdd(page)
  await bulk.paste.fill(lines.join('\n'))
  await expect(bulk.addButton).toHaveText('Add 500 numbers')

  // The hardest fault: the write is applied, then its answer is replaced by a 503.
  await sandbox.setFaults({
    errorRate: 0.2,
    errorPhase: 'after',
    latencyMs: 300,
    latencyJitterMs: 500,
  })
  const { tryAgain } = bulk
  await bulk.addButton.click()
  for (let round = 0; round < 6; round++) {
    await expect(bulk.outcome.or(tryAgain).first()).toBeVisible({ timeout: 120_000 })
    await expect(bulk.progress).toHaveCount(0, { timeout: 120_000 })
    if (!(await tryAgain.isVisible())) break
    await tryAgain.click()
  }
  await sandbox.setFaults({ errorRate: 0, latencyMs: 0, latencyJitterMs: 0 })

  // Nothing lost: every pasted number is registered, with its name, once.
  const after = await active()
  expect(after).toHaveLength(before + 500)
  const byNumber = new Map(after.map((number) => [number.phoneNumber, number.name]))
  for (const line of lines) expect(byNumber.get(e164Of(line))).toBe(line.split(',')[0])

  // Nothing sent twice: each number went out in exactly one request that the server applied
  // (201, or 503 after applying), and no request was refused for repeating an applied one.
  const log = (await sandbox.requests()).filter((r) => r.method === 'POST' && bulkCreate(r.path))
  expect(log.filter((r) => r.status === 400 || r.status === 409)).toEqual([])
  const applied = log
    .filter((r) => r.status === 201 || r.status === 503)
    .flatMap((r) => r.phoneNumbers)
  expect(applied.filter((number, index) => applied.indexOf(number) !== index)).toEqual([])
  expect(new Set(applied).size).toBe(500)
  // 500 rows in chunks of at most 100: retries aside, at most 10 requests applied.
  expect(log.filter((r) => r.status === 201 || r.status === 503).length).toBeLessThanOrEqual(10)
  expect(watch.pageErrors).toEqual([])
})

// Names that stay on one line: a pasted line break or tab starts a new row or column.
const pastable = hostileInputs.filter(
  (input) => !/[\t\r\n]/.test(input.value) && input.value.length < 500,
)

test('hostile text pasted into Bulk add: previewed as text, stored exactly, never a crash', async ({
  page,
  sandbox,
}) => {
  test.setTimeout(120_000)
  const watch = await watchPage(page)
  const { active } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
  const numbers = numberLines(pastable.length, { exchange: 650 }).map(e164Of)
  // Each hostile value once as a name (beside a good number), once as the number itself.
  const asNames = pastable.map((input, i) => `${numbers[i] ?? ''}\t${input.value}`)
  const asNumbers = pastable.map((input, i) => `Hostile ${i + 1}\t${input.value}`)
  const bulk = await openBulkAdd(page)
  await bulk.paste.fill([...asNames, ...asNumbers].join('\n'))
  await expect(bulk.addButton).toHaveText(/^Add \d+ numbers?$/)

  // Markup is shown, not run.
  await expect(page.locator('img[src="x"], svg[onload], iframe')).toHaveCount(0)
  await bulk.addButton.click()
  await expect(bulk.outcome).toBeVisible({ timeout: 60_000 })

  // Whatever was registered holds exactly the name the preview showed: the pasted text, with
  // only the tidying a paste gets (line ends, invisible marks at the ends, wrapping quotes).
  const stored = await active()
  const byNumber = new Map(stored.map((number) => [number.phoneNumber, number.name]))
  let registered = 0
  // A value that itself reads as a phone number may rightly be taken as the number column.
  const looksLikeNumber = (value: string) => (value.match(/\p{Nd}/gu) ?? []).length >= 7
  pastable.forEach((input, i) => {
    const name = byNumber.get(numbers[i] ?? '')
    // Lone surrogates reach the text area as U+FFFD (the browser's input path replaces them).
    if (name === undefined || looksLikeNumber(input.value) || input.category === 'surrogate') return
    registered += 1
    // A name that is empty once tidied defaults to the number, as the preview marks it.
    expect(name, input.id).toBe(cleanNameText(input.value) || national(numbers[i] ?? ''))
  })
  expect(registered).toBeGreaterThan(pastable.length / 2)
  await page.keyboard.press('Escape')
  await expect(page.locator('img[src="x"], svg[onload], iframe')).toHaveCount(0)
  expect(watch.pageErrors).toEqual([])
  expect(watch.dialogs).toEqual([])
})

test('a bulk add whose token expires midway asks to sign in again, then finishes once', async ({
  page,
  sandbox,
  signedIn,
}) => {
  test.setTimeout(120_000)
  const { active } = signedIn
  const before = (await active()).length
  const lines = numberLines(300, { exchange: 660 })
  const bulk = await openBulkAdd(page)
  await bulk.paste.fill(lines.join('\n'))
  await expect(bulk.addButton).toHaveText('Add 300 numbers')

  // Slow enough that the token can expire between the first answers and the last.
  await sandbox.setFaults({ latencyMs: 400 })
  await bulk.addButton.click()
  await expect(bulk.progress).toBeVisible()
  await sandbox.setFaults({ expireTokens: true })
  await signInAgainDialog(page).asPersona('Pat Rivera').click()
  await expect(bulk.outcome).toHaveText(/^Added \d+ numbers?\./, { timeout: 60_000 })
  await sandbox.setFaults({ latencyMs: 0 })

  expect((await active()).length).toBe(before + 300)
  const log = (await sandbox.requests()).filter((r) => r.method === 'POST' && bulkCreate(r.path))
  expect(log.some((r) => r.status === 401)).toBe(true)
  const applied = log.filter((r) => r.status === 201).flatMap((r) => r.phoneNumbers)
  expect(applied).toHaveLength(300)
  expect(new Set(applied).size).toBe(300)
})
