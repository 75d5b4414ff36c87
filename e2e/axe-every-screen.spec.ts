import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'

import { bulkScenes } from '../scripts/screenshots/bulk-scenes'
import { formScenes } from '../scripts/screenshots/form-scenes'
import { listScenes } from '../scripts/screenshots/list-scenes'

import { expect, test } from './support/fixtures'

// The screens and states `npm run screenshots` shows, brought about the same way.
const scenes = [...listScenes, ...formScenes, ...bulkScenes]
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const

/** axe's WCAG 2.2 A and AA rules on the page as it is, as one line per violation. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}

/** The colour scheme switched, once no colour is still on its way (transition-colors). */
async function inScheme(page: Page, colorScheme: 'light' | 'dark') {
  await page.emulateMedia({ colorScheme })
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.getAnimations().filter((animation) => animation instanceof CSSTransition).length,
      ),
    )
    .toBe(0)
}

for (const size of SIZES) {
  test.describe(`axe on every screen at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size, reducedMotion: 'reduce' })

    for (const scene of scenes) {
      test(`${scene.name}, light and dark`, async ({ page, sandbox }) => {
        test.setTimeout(60_000)
        await scene.show({ page, sandbox })
        for (const colorScheme of ['light', 'dark'] as const) {
          await inScheme(page, colorScheme)
          expect(await violations(page), `${scene.name} in ${colorScheme}`).toEqual([])
        }
        await scene.settle?.({ page, sandbox })
      })
    }
  })
}
