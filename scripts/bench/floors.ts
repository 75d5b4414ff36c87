import { type Page } from '@playwright/test'

import { median } from './app-under-test'

/**
 * Floors: the least work a page could do for the same result, timed in the same run as the
 * app, in its page, so that a ratio to them says how the app does whatever the machine. On a
 * busy machine both figures grow; the ratio moves far less.
 */

const listResource = 'associate-phone-numbers'

interface BenchWindow {
  benchListPayload: string
}

/** The address of the list the app fetched in this page. */
async function listUrlOf(page: Page): Promise<string> {
  return page.evaluate((resource) => {
    const url = performance
      .getEntriesByType('resource')
      .find((candidate) => candidate.name.includes(resource))?.name
    if (!url) throw new Error('The list request was not found in the page.')
    return url
  }, listResource)
}

/** Fetches the list the app fetched, once more, and keeps its text in the page. */
async function keepListPayload(page: Page, token: string) {
  await page.evaluate(
    async ([url, bearer]) => {
      const response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } })
      ;(window as unknown as BenchWindow).benchListPayload = await response.text()
    },
    [await listUrlOf(page), token] as const,
  )
}

/**
 * One floor sample, run in the page: fetches the list once more and does the least a page
 * could with it: read the body (Chromium hands it from the network to the page, which takes
 * tens of milliseconds for megabytes), `JSON.parse` it, and mount as many plain rows (name
 * and number, no React) as the app put on screen, laid out. Timed from the response's last
 * byte, the span the app is timed on: without the body's hand-off the floor would time a
 * shorter span than the app's, and the ratio would count Chromium's work against the app.
 * The body is decoded piece by piece as it comes, as the app reads it (read-body-text.ts):
 * less is left after the last byte than `response.text()` leaves.
 */
async function floorSample([url, bearer, rows]: readonly [string, string, number]) {
  const response = await fetch(url, { headers: { Authorization: `Bearer ${bearer}` } })
  const reader = response.body?.getReader()
  if (!reader) throw new Error('The list came without a body.')
  const decoder = new TextDecoder()
  const pieces: string[] = []
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    pieces.push(decoder.decode(read.value, { stream: true }))
  }
  pieces.push(decoder.decode())
  const body = JSON.parse(pieces.join('')) as {
    phoneNumbers: { name: string; phoneNumber: string }[]
  }
  const list = document.createElement('ul')
  for (const number of body.phoneNumbers.slice(0, rows)) {
    const item = document.createElement('li')
    const name = document.createElement('span')
    name.textContent = number.name
    const phone = document.createElement('span')
    phone.textContent = number.phoneNumber
    item.append(name, phone)
    list.append(item)
  }
  document.body.append(list)
  // Reading a size makes the browser lay the rows out, as the app's first render does.
  if (list.offsetHeight < 0) throw new Error('A list cannot be shorter than nothing.')
  const end = performance.now()
  // This fetch's own timing: the newest entry for the URL.
  const timing = performance.getEntriesByName(url).at(-1)
  if (!(timing instanceof PerformanceResourceTiming)) throw new Error('No list timing.')
  list.remove()
  return end - timing.responseEnd
}

/** First rows' floor in the app's own page, after it drew its rows: the median of `runs`. */
export async function firstRowsFloor(page: Page, token: string, runs = 5): Promise<number> {
  // The list the app fetched, and as many rows as it drew.
  const url = await listUrlOf(page)
  const drawn = await page.evaluate(() => document.querySelectorAll('li[aria-posinset]').length)
  const rows = Math.max(1, drawn)
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    samples.push(await page.evaluate(floorSample, [url, token, rows] as const))
  }
  return median(samples)
}

/**
 * A keystroke's floor: the filter alone, a substring test over keys computed beforehand
 * (digits and lower-cased name, as the app's search keys are), for each prefix typed.
 */
export async function keystrokeFloor(page: Page, token: string, text: string): Promise<number> {
  await keepListPayload(page, token)
  const samples = await page.evaluate(
    ([typed]) => {
      const body = JSON.parse((window as unknown as BenchWindow).benchListPayload) as {
        phoneNumbers: { name: string; phoneNumber: string }[]
      }
      const keys = body.phoneNumbers.map(
        (number) => `${number.phoneNumber.replace(/\D/g, '')}\u0001${number.name.toLowerCase()}`,
      )
      const result: number[] = []
      const query = typed
      for (let length = 1; length <= query.length; length++) {
        const prefix = query.slice(0, length).toLowerCase().trim()
        const start = performance.now()
        const kept = keys.filter((key) => key.includes(prefix, key.indexOf('\u0001') + 1))
        result.push(performance.now() - start)
        // Read, so the filter's result is used.
        if (kept.length > keys.length) throw new Error('The filter kept more than it had.')
      }
      return result
    },
    [text] as const,
  )
  return median(samples)
}
