import { type Locator, type Page } from '@playwright/test'

import {
  type HostileCategory,
  hostileCategories,
  type HostileInput,
  hostileInputs,
} from '../sandbox/testing/hostile-inputs'

import { expect, test } from './support/fixtures'
import { national } from './support/numbers'
import { type PageWatch, watchPage } from './support/page-watch'
import { addForm, type NumberForm } from './support/pages/number-form'
import { numbersListPage } from './support/pages/numbers-list-page'
import { type StoredNumber } from './support/sandbox-control'
import { signInOnBusiness } from './support/signed-in'

// A representative part of the shared hostile corpus (sandbox/testing/hostile-inputs.ts),
// typed, pasted or filled into the add form's "Phone number" and "Name": the page never
// crashes, bad input gets a clear message, and an accepted name is stored exactly and
// shown as text, never as markup.

/** The first three of every category, and every input of 10,000 characters. */
const subset = hostileInputs.filter(
  (input) =>
    hostileInputs.filter((other) => other.category === input.category).indexOf(input) < 3 ||
    input.value.length >= 10_000,
)

/** Categories whose first entries are fine names: the form must keep them, as text. */
const mustBeAccepted = new Set<HostileCategory>(['markup', 'formula', 'sql', 'path', 'emoji'])

const NAME_RULES =
  /Enter a name\.|Keep the name to 100 characters or fewer|is built from \d+ parts|can't contain control characters|contains an invalid character/

type Method = 'fill' | 'type' | 'paste'

/** Types short printable text key by key, pastes some, fills the rest (and anything long). */
function methodFor(input: HostileInput, index: number): Method {
  const printable = input.value.length <= 40 && !/[\p{Cc}\p{Cs}]/u.test(input.value)
  const methods: Method[] = ['type', 'paste', 'fill']
  const method = methods[index % 3] ?? 'fill'
  if (method === 'type' && !printable) return 'fill'
  if (method === 'paste' && input.value.length > 2000) return 'fill'
  return method
}

async function enter(page: Page, field: Locator, value: string, method: Method) {
  await field.fill('')
  if (method === 'fill') {
    await field.fill(value)
  } else if (method === 'type') {
    await field.pressSequentially(value)
  } else {
    await field.focus()
    await page.evaluate((text) => navigator.clipboard.writeText(text), value)
    await page.keyboard.press('ControlOrMeta+V')
  }
}

/** The add form, opened unless the last attempt left it open. */
async function openAddForm(page: Page) {
  const form = addForm(page)
  if (!(await form.dialog.isVisible())) {
    await numbersListPage(page).addLink.click()
    await expect(form.dialog).toBeVisible()
  }
  return form
}

/** Waits for Save to end one way or the other: the dialog closed, or a field refused. */
async function outcomeOf(form: NumberForm, field: Locator) {
  let outcome = 'pending'
  await expect
    .poll(
      async () => {
        // Counts, not getAttribute: they never wait for an element that has just gone.
        const invalid = field.and(form.dialog.locator('[aria-invalid="true"]'))
        if ((await form.dialog.count()) === 0) outcome = 'saved'
        else if ((await invalid.count()) > 0) outcome = 'refused'
        else if ((await form.dialog.getByRole('alert').count()) > 0) outcome = 'server refused'
        return outcome
      },
      { timeout: 20_000 },
    )
    .not.toBe('pending')
  return outcome
}

async function expectNothingInjected(page: Page, watch: PageWatch) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0)
  await expect(page.locator('body svg[onload], body iframe, body object, body embed')).toHaveCount(
    0,
  )
  await expect(page.locator('body script, body style')).toHaveCount(0)
  // A name is one text node: no element may appear inside it.
  await expect(numbersListPage(page).rows.locator('[data-field="name"] *')).toHaveCount(0)
  expect(watch.dialogs).toEqual([])
  expect(watch.pageErrors).toEqual([])
  expect(watch.cspViolations).toEqual([])
}

type Stored = () => Promise<StoredNumber[]>

async function tryName(page: Page, stored: Stored, input: HostileInput, index: number) {
  const phone = `+1206${String(3_000_000 + index * 7919)}`
  const form = await openAddForm(page)
  await form.phone.fill(national(phone))
  await enter(page, form.name, input.value, methodFor(input, index))
  const kept = await form.name.inputValue()
  await form.save.click()
  const outcome = await outcomeOf(form, form.name)
  const saved = (await stored()).find((n) => n.phoneNumber === phone)
  const label = `${input.id} (${input.what})`
  expect(outcome, label).not.toBe('server refused')
  if (outcome === 'saved') {
    // Stored exactly as the field held it, trimmed; shown as that very text. Blank, it is the
    // number as the list shows it (decision 0010).
    const name = kept.trim() || national(phone)
    expect(saved?.name, label).toBe(name)
    const row = numbersListPage(page).rowOf(national(phone))
    await expect(row.locator('[data-field="name"]'), label).toHaveText(name, {
      useInnerText: false,
    })
    expect(await row.locator('[data-field="name"]').textContent(), label).toBe(name)
  } else {
    expect(mustBeAccepted.has(input.category), `${label} should be accepted`).toBe(false)
    await expect(form.name, label).toHaveAccessibleDescription(NAME_RULES)
    expect(saved, label).toBeUndefined()
  }
}

async function tryPhone(page: Page, stored: Stored, input: HostileInput, index: number) {
  const name = `Phone probe ${index}`
  const form = await openAddForm(page)
  await form.name.fill(name)
  await enter(page, form.phone, input.value, methodFor(input, index))
  await form.save.click()
  const outcome = await outcomeOf(form, form.phone)
  const label = `${input.id} (${input.what})`
  expect(outcome, label).not.toBe('server refused')
  const saved = (await stored()).filter((n) => n.name === name)
  if (outcome === 'saved') {
    // The form read a real US number out of it, and sent only that.
    expect(saved, label).toHaveLength(1)
    expect(saved[0]?.phoneNumber, label).toMatch(/^\+1[2-9]\d{2}[2-9]\d{6}$/)
  } else {
    const hint = 'A US number, e.g. (415) 555-2671.'
    const description = await form.phone.evaluate((element) =>
      (element.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    )
    expect(description.replace(hint, '').trim().length, `${label}: a message`).toBeGreaterThan(10)
    expect(saved, label).toEqual([])
  }
}

test.describe('hostile input in the add form', () => {
  test.beforeEach(async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  })

  test('the subset covers every category, with at least 40 inputs', () => {
    expect(subset.length).toBeGreaterThanOrEqual(40)
    expect(new Set(subset.map((input) => input.category))).toEqual(new Set(hostileCategories))
    expect(subset.some((input) => input.value.length >= 10_000)).toBe(true)
  })

  for (const category of hostileCategories) {
    const inputs = subset.filter((input) => input.category === category)
    test(`${category}: ${inputs.length} inputs as a name and as a phone number`, async ({
      page,
      sandbox,
    }) => {
      test.setTimeout(90_000)
      const watch = await watchPage(page)
      const { stored } = await signInOnBusiness(page, sandbox, 'Pat Rivera')
      for (const input of inputs) {
        const index = hostileInputs.indexOf(input)
        await tryName(page, stored, input, index)
        await tryPhone(page, stored, input, index)
      }
      await expectNothingInjected(page, watch)
    })
  }
})
