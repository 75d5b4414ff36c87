import { expect } from '@playwright/test'

import { numbersListPage } from '../../e2e/support/pages/numbers-list-page'
import { openEditForm } from '../../e2e/support/pages/number-form'
import { signInAs } from '../../e2e/support/pages/sign-in-page'
import { signInWithThumbtack } from '../../e2e/support/pages/thumbtack-sign-in'
import { signInOnBusiness } from '../../e2e/support/signed-in'

import { type Scene, SCENE_TIMEOUT_MS, shown } from './scene'

// While it loads the list shows a spinner or skeleton rows: either says so to assistive tech.
const LOADING = /Loading/
// Long enough to take the shots while the list is on its way, short enough to wait out.
const HELD_BACK_MS = 5_000

/** The list's screens: signed out, the list, empty, loading, failed, read-only, History and connections. */
export const listScenes: Scene[] = [
  {
    name: 'sign-in',
    show: async ({ page }) => {
      await page.goto('/sign-in')
      await shown(page.getByRole('heading', { level: 1 }))
      await shown(page.getByRole('button', { name: /Pat Rivera/ }))
    },
  },
  {
    name: 'list',
    show: async ({ page, sandbox }) => {
      await signInOnBusiness(page, sandbox, 'Pat Rivera')
      await shown(numbersListPage(page).rows)
    },
  },
  {
    name: 'list-empty',
    show: async ({ page, sandbox }) => {
      const businessID = await sandbox.businessID('Morgan Lee', 'Lee Solar')
      for (const number of await sandbox.numbersOf('Morgan Lee', businessID)) {
        const path = `/businesses/${businessID}/associate-phone-numbers/${number.phoneNumberID}`
        expect((await sandbox.api('Morgan Lee', 'DELETE', path)).ok()).toBe(true)
      }
      await signInAs(page, 'Morgan Lee')
      await page.getByRole('link', { name: 'Lee Solar' }).first().click()
      await shown(page.getByText(/No numbers yet/))
    },
  },
  {
    name: 'list-loading',
    show: async ({ page, sandbox }) => {
      // Morgan's home has loaded his businesses; only the list is still to come, slowly.
      await signInAs(page, 'Morgan Lee')
      await shown(page.getByRole('link', { name: 'Lee Electric' }))
      await sandbox.setFaults({ latencyMs: HELD_BACK_MS })
      await page.getByRole('link', { name: 'Lee Electric' }).first().click()
      await shown(
        page
          .getByRole('status')
          .filter({ hasText: LOADING })
          .or(page.locator('[aria-busy="true"]')),
      )
    },
    // Nothing more held back; the read on its way answers before the next scene starts.
    settle: async ({ page, sandbox }) => {
      await sandbox.setFaults({ latencyMs: 0 })
      await expect(numbersListPage(page).rows.first()).toBeVisible({ timeout: HELD_BACK_MS * 4 })
    },
  },
  {
    name: 'list-error',
    show: async ({ page, sandbox }) => {
      // A fake clock, so that the reads' back-off (about 7 s of retries) passes at once.
      await page.clock.install()
      await signInAs(page, 'Morgan Lee')
      await shown(page.getByRole('link', { name: 'Lee Electric' }))
      await sandbox.setFaults({ errorRate: 1 })
      await page.getByRole('link', { name: 'Lee Electric' }).first().click()
      const failed = page.getByRole('alert').filter({ hasText: /Could not/ })
      await expect(async () => {
        await page.clock.runFor(2_000)
        await expect(failed.first()).toBeVisible({ timeout: 500 })
      }).toPass({ timeout: SCENE_TIMEOUT_MS })
    },
  },
  {
    name: 'view-only',
    show: async ({ page, sandbox }) => {
      const signedIn = await signInOnBusiness(page, sandbox, 'Riley Chen')
      const list = numbersListPage(page)
      await shown(list.rows)
      // A pasted token's scopes are not known until a write is refused: the first refusal
      // turns the page View only, every write control disabled with the reason.
      await list.deleteNow((await signedIn.firstActive()).name)
      await expect(page.getByRole('button', { name: 'Add number', exact: true })).toBeDisabled({
        timeout: SCENE_TIMEOUT_MS,
      })
      // The refusal's toast scrolled the row clear of itself, with the top controls half
      // under the phone's sticky search; View only is shown from the top, where its badge
      // and the disabled Add are.
      await page.evaluate(() => window.scrollTo(0, 0))
    },
  },
  {
    name: 'history',
    show: async ({ page }) => {
      // History is kept for the gateway's sessions: Pat signs in with Thumbtack, renames one.
      await signInWithThumbtack(page, 'Pat Rivera')
      const form = await openEditForm(page, 'Office line')
      await form.name.fill('Front office')
      await form.save.click()
      await shown(numbersListPage(page).rowOf('Front office'))
      await page.getByRole('link', { name: 'History' }).first().click()
      await shown(page.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem'))
    },
  },
  {
    name: 'connections',
    show: async ({ page }) => {
      await signInWithThumbtack(page, 'Pat Rivera')
      await page.goto('/connections')
      await shown(page.getByRole('button', { name: /^Disconnect / }))
    },
  },
]
