import { expect, type Locator, type Page } from '@playwright/test'

import { contrastRatio } from './colours'

/** Presses Tab (Shift+Tab with `backwards`) until `target` has focus, as a keyboard user would. */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false } = {}) {
  for (let presses = 0; presses < max; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`)
}

export interface FocusRing {
  style: string
  widthPx: number
  /** Contrast of the outline against the colour behind it (WCAG 2.2, 2.4.11 asks for 3:1). */
  contrast: number
  transparent: boolean
}

/**
 * The focused element's computed outline, and its contrast with the first opaque background
 * behind it. Colours go through a canvas, which turns any CSS colour (oklch included) to sRGB;
 * the contrast is WCAG's, as `contrastRatio` counts it for text.
 */
export async function focusRingOf(target: Locator): Promise<FocusRing> {
  const drawn = await target.evaluate((element) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('no 2d canvas')
    const rgba = (colour: string) => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = colour
      context.fillRect(0, 0, 1, 1)
      const [r = 0, g = 0, b = 0, a = 0] = context.getImageData(0, 0, 1, 1).data
      return [r, g, b, a] as const
    }
    let behind = rgba('#fff')
    for (let node = element.parentElement; node; node = node.parentElement) {
      const background = rgba(getComputedStyle(node).backgroundColor)
      if (background[3] === 255) {
        behind = background
        break
      }
    }
    const style = getComputedStyle(element)
    return {
      style: style.outlineStyle,
      width: style.outlineWidth,
      outline: rgba(style.outlineColor),
      behind,
    }
  })
  const [r, g, b, alpha] = drawn.outline
  const [br, bg, bb] = drawn.behind
  return {
    style: drawn.style,
    widthPx: Number.parseFloat(drawn.width),
    contrast: contrastRatio([r, g, b], [br, bg, bb]),
    transparent: alpha === 0,
  }
}

/** A visible focus indicator by WCAG 2.2 (2.4.7 and 2.4.11): solid, 2 px or more, 3:1 or more. */
export async function expectVisibleFocus(target: Locator, what: string) {
  await expect(target, what).toBeFocused()
  const ring = await focusRingOf(target)
  expect(ring.style, `${what}: outline style`).not.toBe('none')
  expect(ring.transparent, `${what}: outline colour is transparent`).toBe(false)
  expect(ring.widthPx, `${what}: outline width`).toBeGreaterThanOrEqual(2)
  expect(ring.contrast, `${what}: outline contrast`).toBeGreaterThanOrEqual(3)
}
