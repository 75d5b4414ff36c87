import { type Browser } from '@playwright/test'

import { median } from './app-under-test'
import { firstRowsFloor, keystrokeFloor } from './floors'

const credentialsKey = 'numbers-console.credentials'

/**
 * Time to first rows: from the list response's last byte to the first row in the DOM
 * (so reading the body, JSON parsing, validation, sorting and the first render are all in
 * it), each run with its floor, timed over the same span in the same page right after. That
 * page is as warm as the app's was when its data came: the floor's work done there while the
 * app's own list request is held back takes the same 28-35 ms, where a blank page just opened
 * takes 45-90 ms, colder than any page the app draws its rows in.
 */
export async function measureFirstRows(
  browser: Browser,
  listUrl: string,
  credentials: string,
  token: string,
  runs = 7,
) {
  const fromData: number[] = []
  const fromNavigation: number[] = []
  const floors: number[] = []
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(new URL('/sign-in', listUrl).href)
    await page.evaluate(
      ([key, value]) => sessionStorage.setItem(key ?? '', value ?? ''),
      [credentialsKey, credentials],
    )
    await page.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (document.querySelector('li[aria-posinset]')) {
          ;(window as unknown as { firstRowAt: number }).firstRowAt = performance.now()
          observer.disconnect()
        }
      })
      observer.observe(document, { subtree: true, childList: true })
    })
    await page.goto(listUrl)
    await page.waitForSelector('li[aria-posinset]')
    const timing = await page.evaluate(() => {
      const response = performance
        .getEntriesByType('resource')
        .find((entry) => entry.name.includes('associate-phone-numbers'))
      const firstRowAt = (window as unknown as { firstRowAt: number }).firstRowAt
      return {
        firstRowAt,
        responseEnd: response instanceof PerformanceResourceTiming ? response.responseEnd : NaN,
      }
    })
    fromData.push(timing.firstRowAt - timing.responseEnd)
    fromNavigation.push(timing.firstRowAt)
    floors.push(await firstRowsFloor(page, token))
    await context.close()
  }
  return {
    fromData: median(fromData),
    fromNavigation: median(fromNavigation),
    floor: median(floors),
    count: runs,
  }
}

/** Keystroke to list: from the keydown to the frame after the list changed. */
export async function measureKeystrokes(
  browser: Browser,
  listUrl: string,
  credentials: string,
  token: string,
  text: string,
) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(new URL('/sign-in', listUrl).href)
  await page.evaluate(
    ([key, value]) => sessionStorage.setItem(key ?? '', value ?? ''),
    [credentialsKey, credentials],
  )
  await page.goto(listUrl)
  await page.waitForSelector('li[aria-posinset]')
  await page.evaluate(() => {
    const state = { keyAt: 0, samples: [] as number[], waiting: false }
    ;(window as unknown as { keystrokes: typeof state }).keystrokes = state
    const search = document.querySelector('#number-search')
    search?.addEventListener('keydown', (event) => {
      state.keyAt = event.timeStamp
      state.waiting = true
    })
    const section = document.querySelector('section[aria-label="Numbers"]')
    if (!section) throw new Error('no list section')
    new MutationObserver(() => {
      if (!state.waiting) return
      state.waiting = false
      requestAnimationFrame(() => {
        state.samples.push(performance.now() - state.keyAt)
      })
    }).observe(section, { subtree: true, childList: true, characterData: true })
  })
  await page.focus('#number-search')
  for (const character of text) {
    await page.keyboard.type(character)
    await page.waitForTimeout(250)
  }
  const samples = await page.evaluate(
    () => (window as unknown as { keystrokes: { samples: number[] } }).keystrokes.samples,
  )
  const floor = await keystrokeFloor(page, token, text)
  await context.close()
  return { median: median(samples), max: Math.max(...samples), count: samples.length, floor }
}
