import { type Locator, type Page } from '@playwright/test'

import { contrastRatio, drawnColours } from './support/colours'
import { expect, test } from './support/fixtures'
import { openBulkAdd } from './support/pages/bulk-dialog'
import { numbersListPage } from './support/pages/numbers-list-page'

test.use({ persona: 'Riley Chen' })

const SCHEMES = ['light', 'dark'] as const

/** Switches the colour scheme and waits out the colours' transition (transition-colors). */
async function useScheme(page: Page, colorScheme: (typeof SCHEMES)[number], probe: Locator) {
  await page.emulateMedia({ colorScheme })
  await expect.poll(() => probe.evaluate((element) => element.getAnimations().length)).toBe(0)
}

test('disabled buttons look disabled in every variant, light and dark, and stay readable', async ({
  page,
  signedIn,
}) => {
  // The first refused write turns the page View only: its write buttons are disabled.
  await numbersListPage(page).deleteNow((await signedIn.firstActive()).name)
  const bulkAdd = page.getByRole('button', { name: 'Bulk add' })
  const addNumber = page.getByRole('button', { name: 'Add number', exact: true })
  await expect(bulkAdd).toBeDisabled()
  await expect(addNumber).toBeDisabled()
  const exportCsv = page.getByRole('button', { name: /^Export/ })
  await expect(exportCsv).toBeEnabled()

  for (const colorScheme of SCHEMES) {
    await useScheme(page, colorScheme, bulkAdd)
    const enabledSecondary = await drawnColours(exportCsv)
    for (const [name, button] of [
      ['secondary', bulkAdd],
      ['primary', addNumber],
    ] as const) {
      const drawn = await drawnColours(button)
      expect(drawn.cursor, `${name} ${colorScheme}`).toBe('not-allowed')
      expect(
        contrastRatio(drawn.text, drawn.background),
        `${name} ${colorScheme}`,
      ).toBeGreaterThanOrEqual(4.5)
      // Not the enabled look: the text is greyed against the enabled secondary's.
      expect(drawn.text, `${name} ${colorScheme}`).not.toEqual(enabledSecondary.text)
      // Hovering changes nothing: there is nothing to press.
      await button.hover()
      expect(await drawnColours(button), `${name} ${colorScheme} hovered`).toEqual(drawn)
    }
  }
})

test('a disabled ghost button greys its text, still readable', async ({ page, signedIn: _ }) => {
  const bulk = await openBulkAdd(page)
  // Nothing pasted: nothing to clear, nothing to add.
  await expect(bulk.clear).toBeDisabled()
  await expect(bulk.addButton).toBeDisabled()
  for (const colorScheme of SCHEMES) {
    await useScheme(page, colorScheme, bulk.addButton)
    const enabled = await drawnColours(bulk.dialog.getByRole('button', { name: 'Choose file' }))
    for (const button of [bulk.clear, bulk.addButton]) {
      const drawn = await drawnColours(button)
      expect(drawn.cursor).toBe('not-allowed')
      expect(contrastRatio(drawn.text, drawn.background)).toBeGreaterThanOrEqual(4.5)
      expect(drawn.text).not.toEqual(enabled.text)
    }
  }
})
