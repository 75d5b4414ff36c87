import { type Locator, type Page } from '@playwright/test'

import { NAMED_BUSINESSES } from '../sandbox/personas'

import { expect, test } from './support/fixtures'
import { watchPage } from './support/page-watch'
import { editForm, type NumberForm, openAddForm, openEditForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { signInAgainDialog, signInAs } from './support/pages/sign-in-page'
import { type LoggedRequest, parseNumbers, type SandboxControl } from './support/sandbox-control'

// The main flows with the sandbox's faults on: 5xx answers (before or after the write is
// applied), 300–800 ms latency, 429 with Retry-After, and a token that expires mid-session.
// Each ends with the server holding exactly what the user meant, nothing typed lost, and no
// write sent twice without the user asking: the sandbox's request log (GET /sandbox/requests)
// counts what reached it. Faults are switched on for one step and off again, or driven by
// retry loops a person would do (press Save again, Try again), so nothing depends on luck.

const RIVERA = NAMED_BUSINESSES.riveraPlumbing.id
const listPath = `/api/v4/businesses/${RIVERA}/associate-phone-numbers`
const OFFICE = { phoneNumber: '+14155550142', name: 'Office line' }
// The Undo window is 8 s: waited out on the page's clock, never in real time.
const pastTheUndoWindow = '00:09'

/** The requests of one kind the sandbox answered, e.g. every POST carrying a number. */
function writesOf(log: LoggedRequest[], method: string, match: (r: LoggedRequest) => boolean) {
  return log.filter((request) => request.method === method && match(request))
}

/** Reads the server's numbers even while faults are on: a test's view, not the user's. */
async function stored(sandbox: SandboxControl) {
  for (let attempt = 0; ; attempt++) {
    const response = await sandbox.api(
      'Pat Rivera',
      'GET',
      `/businesses/${RIVERA}/associate-phone-numbers`,
    )
    if (response.ok()) return parseNumbers(await response.json())
    if (attempt > 30) throw new Error(`cannot read the numbers: ${response.status()}`)
  }
}

/** What a person does when asked: sign in again. */
async function signInAgainIfAsked(page: Page) {
  const { dialog, asPersona } = signInAgainDialog(page)
  if ((await dialog.count()) === 0) return
  await asPersona('Pat Rivera')
    .click({ timeout: 2000 })
    .catch(() => undefined)
}

/**
 * Presses a button as a person would while a refused background read may ask to sign in
 * again at any moment: its dialog then stands between them and the button, so they answer
 * it and press again. A click the dialog intercepts is never delivered: one press, one click.
 */
async function pressAnsweringSignIn(page: Page, button: Locator) {
  await expect(async () => {
    await signInAgainIfAsked(page)
    await button.click({ timeout: 2000 })
  }).toPass({ timeout: 60_000 })
}

/** Signs in and waits for the list, pressing Try again if a load gives up. */
async function openRivera(page: Page) {
  await signInAs(page, 'Pat Rivera')
  await expect(async () => {
    await signInAgainIfAsked(page)
    const tryAgain = page.getByRole('button', { name: 'Try again' })
    if ((await tryAgain.count()) > 0) await tryAgain.first().click({ timeout: 2000 })
    await expect(page.getByRole('list', { name: 'Phone numbers' })).toBeVisible({ timeout: 5000 })
  }).toPass({ timeout: 90_000 })
}

/**
 * Presses Save, and again each time the form says the save failed, until the dialog closes.
 * Returns how many times Save was pressed: each press sends the write at most once (a press
 * may fail before sending it, at the edit form's check read for instance).
 */
async function saveUntilClosed(page: Page, form: NumberForm): Promise<number> {
  for (let presses = 1; presses <= 20; presses++) {
    await pressAnsweringSignIn(page, form.save)
    // The alert of the last attempt goes as soon as the new one starts.
    await expect(form.failed).toHaveCount(0)
    let outcome = 'pending'
    await expect
      .poll(
        async () => {
          if ((await form.dialog.count()) === 0) outcome = 'closed'
          else if ((await form.failed.count()) > 0) outcome = 'failed'
          else await signInAgainIfAsked(page)
          return outcome
        },
        { message: 'the save never ended', timeout: 120_000 },
      )
      .not.toBe('pending')
    if (outcome === 'closed') return presses
  }
  throw new Error('still failing after 20 presses of Save')
}

/** The status of the last answer to `method path` after `since`, 401s aside (those replay). */
async function settledStatus(sandbox: SandboxControl, method: string, path: string, since: number) {
  const answers = (await sandbox.requests(since)).filter(
    (r) => r.method === method && r.path === path && r.status !== 401,
  )
  return answers.at(-1)?.status
}

/** Deletes a number for good (no Undo), deleting again each time the server fails. */
async function deleteUntilGone(page: Page, sandbox: SandboxControl, name: string, path: string) {
  const list = numbersListPage(page)
  for (let presses = 1; presses <= 20; presses++) {
    const since = (await sandbox.requests()).at(-1)?.seq ?? 0
    // As list.deleteNow does, each press answering a sign-in dialog that comes in between.
    await pressAnsweringSignIn(page, list.deleteButton(name))
    await pressAnsweringSignIn(
      page,
      list.removalToast(name).getByRole('button', { name: 'Dismiss' }),
    )
    let status: number | undefined
    await expect
      .poll(
        async () => {
          await signInAgainIfAsked(page)
          status = await settledStatus(sandbox, 'DELETE', path, since)
          return status
        },
        { timeout: 30_000 },
      )
      .toBeDefined()
    if (status !== undefined && status < 300) return presses
    await expect(list.removalFailure(name)).toBeVisible()
    await expect(list.rowOf(name)).toHaveCount(1)
  }
  throw new Error('still failing after 20 deletes')
}

test.describe('faults, one step at a time', () => {
  test('a read that fails is retried with backoff, and the list loads untouched', async ({
    page,
    sandbox,
  }) => {
    await sandbox.setFaults({ errorRate: 1 })
    await signInAs(page, 'Pat Rivera')
    // The first read has failed: let the next attempts through.
    await expect
      .poll(async () => (await sandbox.requests()).some((r) => r.status === 503))
      .toBe(true)
    await sandbox.setFaults({ errorRate: 0 })
    await expect(numbersListPage(page).heading('Rivera Plumbing')).toBeVisible({
      timeout: 15_000,
    })
    await expect(numbersListPage(page).rowOf(OFFICE.name)).toHaveCount(1)
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)

    const log = await sandbox.requests()
    const failed = log.find((r) => r.status === 503)
    if (!failed) throw new Error('no failed read')
    const retries = log.filter((r) => r.method === 'GET' && r.path === failed.path)
    expect(retries.map((r) => r.status)).toContain(200)
    // Not hammered: the retry waited.
    const [first, second] = retries
    const gap = new Date(second?.time ?? 0).getTime() - new Date(first?.time ?? 0).getTime()
    expect(gap).toBeGreaterThanOrEqual(400)
  })

  test('a create whose answer is lost is recognised as saved, sent once', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    // The request reaches the server, which stores the number; the answer never arrives.
    await page.route(`**${listPath}`, async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      await route.fetch()
      return route.abort('connectionreset')
    })
    const form = await openAddForm(page)
    await form.phone.fill('(415) 555-0131')
    await form.name.fill('Lost answer')
    await form.save.click()

    await expect(form.dialog).toBeHidden({ timeout: 15_000 })
    await expect(page.getByRole('status').filter({ hasText: 'Added Lost answer.' })).toBeVisible()
    const posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.map((r) => [r.status, r.phoneNumbers])).toEqual([[201, ['+14155550131']]])
    const mine = (await stored(sandbox)).filter((n) => n.phoneNumber === '+14155550131')
    expect(mine).toMatchObject([{ name: 'Lost answer', isDeleted: false }])
  })

  test('a create applied but answered 5xx: a clear message, then Save recognises its own number', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    const form = await openAddForm(page)
    await form.phone.fill('(415) 555-0132')
    await form.name.fill('Applied, answer lost')
    // Every answer fails, after the write is applied; the form's check read fails too.
    await sandbox.setFaults({ errorRate: 1, errorPhase: 'after' })
    await form.save.click()
    await expect(form.failed).toContainText('The save was not confirmed. Saving again is safe', {
      timeout: 20_000,
    })
    await expect(form.phone).toHaveValue('(415) 555-0132')
    await expect(form.name).toHaveValue('Applied, answer lost')

    await sandbox.setFaults({ errorRate: 0 })
    await form.save.click()
    await expect(form.dialog).toBeHidden({ timeout: 15_000 })
    await expect(page.getByText(/already registered/)).toHaveCount(0)

    const mine = (await stored(sandbox)).filter((n) => n.phoneNumber === '+14155550132')
    expect(mine).toMatchObject([{ name: 'Applied, answer lost', isDeleted: false }])
    // Two presses of Save, at most two POSTs; the number was stored by the first.
    const posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.length).toBeLessThanOrEqual(2)
    expect(posts[0]).toMatchObject({ status: 503, phoneNumbers: ['+14155550132'] })
    expect(posts.filter((r) => r.status === 201)).toHaveLength(0)
  })

  test('a create refused with 5xx is not resent; Save again stores it once', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    const form = await openAddForm(page)
    await form.phone.fill('(415) 555-0133')
    await form.name.fill('Second try')
    await sandbox.setFaults({ errorRate: 1 })
    await page.clock.install()
    await form.save.click()
    await expect(form.failed).toBeVisible({ timeout: 20_000 })
    // One POST, however long the user takes to decide: half a minute on the page's clock.
    await page.clock.runFor('00:30')
    let posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.map((r) => r.status)).toEqual([503])
    await expect(form.name).toHaveValue('Second try')

    await sandbox.setFaults({ errorRate: 0 })
    await form.save.click()
    await expect(form.dialog).toBeHidden({ timeout: 15_000 })
    posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.map((r) => r.status)).toEqual([503, 201])
    const mine = (await stored(sandbox)).filter((n) => n.phoneNumber === '+14155550133')
    expect(mine).toHaveLength(1)
  })

  test('an edit whose answer is lost: Save again is recognised, not a conflict', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    let lose = true
    await page.route(`**${listPath}/*`, async (route) => {
      if (route.request().method() !== 'PUT' || !lose) return route.continue()
      lose = false
      const response = await route.fetch()
      expect(response.status()).toBe(200)
      return route.fulfill({
        status: 502,
        contentType: 'text/html',
        body: '<html><body>Bad gateway</body></html>',
      })
    })
    const form = await openEditForm(page, OFFICE.name)
    await form.name.fill('Front office')
    await form.save.click()
    await expect(form.failed).toContainText('The save was not confirmed. Saving again is safe')
    await expect(form.name).toHaveValue('Front office')

    await form.save.click()
    await expect(form.dialog).toBeHidden()
    await expect(page.getByText('changed by someone else')).toHaveCount(0)
    const office = (await stored(sandbox)).find((n) => n.phoneNumber === OFFICE.phoneNumber)
    expect(office?.name).toBe('Front office')
    const puts = writesOf(await sandbox.requests(), 'PUT', () => true)
    expect(puts.map((r) => r.status)).toEqual([200, 200])
  })

  test('a delete the server fails is shown, and deleting again removes it once', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    const office = (await stored(sandbox)).find((n) => n.phoneNumber === OFFICE.phoneNumber)
    const path = `${listPath}/${office?.phoneNumberID ?? ''}`
    await sandbox.setFaults({ errorRate: 1 })
    const since = (await sandbox.requests()).at(-1)?.seq ?? 0
    await numbersListPage(page).deleteNow(OFFICE.name)
    await expect(numbersListPage(page).removalFailure(OFFICE.name)).toBeVisible()
    expect(await settledStatus(sandbox, 'DELETE', path, since)).toBe(503)

    await sandbox.setFaults({ errorRate: 0 })
    expect(await deleteUntilGone(page, sandbox, OFFICE.name, path)).toBe(1)
    const deletes = writesOf(await sandbox.requests(), 'DELETE', (r) => r.path === path)
    expect(deletes.map((r) => r.status)).toEqual([503, 204])
    expect(
      (await stored(sandbox)).find((n) => n.phoneNumber === OFFICE.phoneNumber)?.isDeleted,
    ).toBe(true)
  })

  test('Undo under failing answers sends nothing at all', async ({ page, sandbox }) => {
    await openRivera(page)
    await sandbox.setFaults({ errorRate: 1, latencyMs: 300, latencyJitterMs: 500 })
    await page.clock.install()
    await numbersListPage(page).deleteThenUndo(OFFICE.name)
    await expect(numbersListPage(page).rowOf(OFFICE.name)).toHaveCount(1)
    // Past the 8 s Undo window, on the page's clock.
    await page.clock.runFor(pastTheUndoWindow)
    expect(writesOf(await sandbox.requests(), 'DELETE', () => true)).toEqual([])
    await sandbox.setFaults({ errorRate: 0, latencyMs: 0, latencyJitterMs: 0 })
    const office = (await stored(sandbox)).find((n) => n.phoneNumber === OFFICE.phoneNumber)
    expect(office?.isDeleted).toBe(false)
  })

  test('a write refused with 429 says when to retry, and is not resent', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    const form = await openAddForm(page)
    await form.phone.fill('(415) 555-0134')
    await form.name.fill('Rate limited')
    await sandbox.setFaults({ rateLimitPerMinute: 1 })
    // Another request with the same token uses up this minute.
    expect((await sandbox.api('Pat Rivera', 'GET', '/users/self')).status()).toBe(200)
    await page.clock.install()
    await form.save.click()
    await expect(form.failed).toContainText(/Try again in \d+ s/)
    await expect(form.name).toHaveValue('Rate limited')
    // Not resent while the user reads the message: a few seconds on the page's clock, still
    // short of the minute the sandbox asks to wait.
    await page.clock.runFor('00:05')
    let posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.map((r) => r.status)).toEqual([429])

    await sandbox.setFaults({ rateLimitPerMinute: 0 })
    await form.save.click()
    await expect(form.dialog).toBeHidden()
    posts = writesOf(await sandbox.requests(), 'POST', (r) => r.path === listPath)
    expect(posts.map((r) => r.status)).toEqual([429, 201])
    expect((await stored(sandbox)).filter((n) => n.phoneNumber === '+14155550134')).toHaveLength(1)
  })

  test('a read refused with 429 waits for Retry-After before trying again', async ({
    page,
    sandbox,
  }) => {
    await openRivera(page)
    await page.clock.install()
    await sandbox.setFaults({ rateLimitPerMinute: 1 })
    expect((await sandbox.api('Pat Rivera', 'GET', '/users/self')).status()).toBe(200)
    const since = (await sandbox.requests()).at(-1)?.seq ?? 0
    await page.reload()
    await expect
      .poll(async () => (await sandbox.requests(since)).filter((r) => r.status === 429).length)
      .toBeGreaterThan(0)
    // Retry-After is close to 60 s. Without it the client would retry within 0.5 and 1.5 s;
    // with it each read is asked exactly once, however late its first request went out.
    await page.clock.runFor(2500)
    const limited = (await sandbox.requests(since)).filter((r) => r.method === 'GET')
    expect(limited.length).toBeGreaterThan(0)
    expect(limited.every((r) => r.status === 429)).toBe(true)
    const perPath = new Map<string, number>()
    for (const r of limited) perPath.set(r.path, (perPath.get(r.path) ?? 0) + 1)
    expect([...perPath.values()].every((count) => count === 1)).toBe(true)

    await sandbox.setFaults({ rateLimitPerMinute: 0 })
    await page.clock.fastForward('01:05')
    await expect(numbersListPage(page).heading('Rivera Plumbing')).toBeVisible({
      timeout: 15_000,
    })
    await expect(numbersListPage(page).rowOf(OFFICE.name)).toHaveCount(1)
  })
})

test.describe('two tabs editing the same number', () => {
  test('the second save is warned, not silently overwriting the first', async ({
    page,
    sandbox,
  }) => {
    const second = await page.context().newPage()
    await openRivera(page)
    await openRivera(second)
    const first = editForm(page, OFFICE.name)
    const other = editForm(second, OFFICE.name)
    await page.getByRole('link', { name: `Edit ${OFFICE.name}` }).click()
    await second.getByRole('link', { name: `Edit ${OFFICE.name}` }).click()
    await expect(first.dialog).toBeVisible()
    await expect(other.dialog).toBeVisible()

    await first.name.fill('Front office (tab 1)')
    await first.save.click()
    await expect(first.dialog).toBeHidden()

    await other.name.fill('Reception (tab 2)')
    await other.save.click()
    const warning = other.changedMeanwhile
    await expect(warning).toBeVisible()
    await expect(warning).toContainText('Front office (tab 1)')
    await expect(other.name).toHaveValue('Reception (tab 2)')
    const office = async () =>
      (await stored(sandbox)).find((n) => n.phoneNumber === OFFICE.phoneNumber)?.name
    expect(await office()).toBe('Front office (tab 1)')
    expect(writesOf(await sandbox.requests(), 'PUT', () => true)).toHaveLength(1)

    // Only when the second tab says so does its version win.
    await warning.getByRole('button', { name: 'Overwrite with my changes' }).click()
    await expect(other.dialog).toBeHidden()
    expect(await office()).toBe('Reception (tab 2)')
    expect(writesOf(await sandbox.requests(), 'PUT', () => true)).toHaveLength(2)
  })
})

test.describe('every fault at once', () => {
  test('add, edit, delete with and without Undo under 20% 5xx, 300–800 ms and an expired token', async ({
    page,
    sandbox,
  }) => {
    test.setTimeout(240_000)
    const watch = await watchPage(page)
    const before = await stored(sandbox)
    await sandbox.setFaults({ errorRate: 0.2, latencyMs: 300, latencyJitterMs: 500 })
    await openRivera(page)

    const added = [
      { shown: '(415) 555-0141', e164: '+14155550141', name: 'Soak one' },
      { shown: '(415) 555-0143', e164: '+14155550143', name: 'Soak two' },
    ]
    const presses = new Map<string, number>()
    for (const number of added) {
      const form = await openAddForm(page)
      await form.phone.fill(number.shown)
      await form.name.fill(number.name)
      presses.set(number.e164, await saveUntilClosed(page, form))
    }

    // The token expires mid-session: the next write asks to sign in again, then goes on.
    await sandbox.setFaults({ expireTokens: true })
    await expect(numbersListPage(page).rowOf('Soak one')).toHaveCount(1, {
      timeout: 30_000,
    })
    const edit = await openEditForm(page, 'Soak one')
    await edit.name.fill('Soak one (edited)')
    const editPresses = await saveUntilClosed(page, edit)

    const soakTwo = (await stored(sandbox)).find((n) => n.phoneNumber === '+14155550143')
    const soakTwoPath = `${listPath}/${soakTwo?.phoneNumberID ?? ''}`
    const deletePresses = await deleteUntilGone(page, sandbox, 'Soak two', soakTwoPath)

    await page.clock.install()
    await numbersListPage(page).deleteThenUndo(OFFICE.name)
    await page.clock.runFor(pastTheUndoWindow)

    // The server holds exactly what the user meant…
    const after = await stored(sandbox)
    const active = (list: typeof after) =>
      list
        .filter((n) => !n.isDeleted)
        .map((n) => `${n.phoneNumber} ${n.name}`)
        .sort()
    expect(active(after)).toEqual([...active(before), '+14155550141 Soak one (edited)'].sort())
    expect(after.filter((n) => n.phoneNumber === '+14155550143')).toMatchObject([
      { name: 'Soak two', isDeleted: true },
    ])

    // …and every write reached it once per press, applied exactly once.
    const log = await sandbox.requests()
    // The expired token was met, and answered by signing in again.
    expect(log.some((r) => r.status === 401)).toBe(true)
    for (const number of added) {
      const posts = writesOf(log, 'POST', (r) => r.phoneNumbers.includes(number.e164))
      expect(
        posts.filter((r) => r.status === 201),
        number.name,
      ).toHaveLength(1)
      expect(posts.filter((r) => r.status !== 401).length, number.name).toBeLessThanOrEqual(
        presses.get(number.e164) ?? 0,
      )
    }
    const soakOne = after.find((n) => n.phoneNumber === '+14155550141')
    const puts = writesOf(log, 'PUT', (r) => r.path.endsWith(`/${soakOne?.phoneNumberID ?? ''}`))
    expect(puts.filter((r) => r.status === 200)).toHaveLength(1)
    expect(puts.filter((r) => r.status !== 401).length).toBeLessThanOrEqual(editPresses)
    const deletes = writesOf(log, 'DELETE', (r) => r.path === soakTwoPath)
    expect(deletes.filter((r) => r.status === 204)).toHaveLength(1)
    expect(deletes.filter((r) => r.status !== 401).length).toBeLessThanOrEqual(deletePresses)
    const officeID = after.find((n) => n.phoneNumber === OFFICE.phoneNumber)?.phoneNumberID
    expect(writesOf(log, 'DELETE', (r) => r.path.endsWith(`/${officeID ?? ''}`))).toEqual([])
    expect(watch.pageErrors).toEqual([])
  })
})
