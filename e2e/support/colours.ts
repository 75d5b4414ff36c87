import { type Locator } from '@playwright/test'

/** How a control is drawn: its text and background as sRGB, its cursor. */
export interface DrawnColours {
  text: [number, number, number]
  background: [number, number, number]
  cursor: string
}

/**
 * The colours a control is drawn with, as the browser paints them: computed colours may be
 * oklch(), so each is painted on a canvas and read back as sRGB. A transparent background is
 * taken from the nearest ancestor that has one.
 */
export function drawnColours(locator: Locator): Promise<DrawnColours> {
  return locator.evaluate((element) => {
    const canvas = document.createElement('canvas')
    canvas.width = 1
    canvas.height = 1
    const context = canvas.getContext('2d', { willReadFrequently: true })
    if (!context) throw new Error('No 2D canvas')
    const paint = (colour: string): [number, number, number] => {
      context.clearRect(0, 0, 1, 1)
      context.fillStyle = '#fff'
      context.fillRect(0, 0, 1, 1)
      context.fillStyle = colour
      context.fillRect(0, 0, 1, 1)
      const [r = 0, g = 0, b = 0] = context.getImageData(0, 0, 1, 1).data
      return [r, g, b]
    }
    let from: Element | null = element
    let background = 'rgba(0, 0, 0, 0)'
    while (from) {
      const colour = getComputedStyle(from).backgroundColor
      if (colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') {
        background = colour
        break
      }
      from = from.parentElement
    }
    const style = getComputedStyle(element)
    return { text: paint(style.color), background: paint(background), cursor: style.cursor }
  })
}

/** WCAG's contrast ratio of two sRGB colours. */
export function contrastRatio(a: [number, number, number], b: [number, number, number]): number {
  const luminance = (rgb: [number, number, number]) => {
    const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
      const c = channel / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
  }
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}
