import { type Page } from '@playwright/test'

/**
 * Every sandbox secret but an authorization code: demo tokens (`sbx_…`) and the access and
 * refresh tokens its token endpoint issues (`sbx_at_…`, `sbx_rt_…`). A code (`sbx_ac_…`)
 * rides in the callback URL by design; it is single-use and worthless without the secret.
 */
export const tokenPattern = /sbx_(?!ac_)[A-Za-z0-9_-]{20,}/

/** Collects what page JavaScript (or a person at the console) could ever have read. */
export function watchWhatThePageSees(page: Page) {
  const seen: string[] = []
  page.on('console', (message) => seen.push(`console: ${message.text()}`))
  page.on('framenavigated', (frame) => seen.push(`url: ${frame.url()}`))
  page.on('response', (response) => {
    seen.push(`url: ${response.url()}`)
    const type = response.headers()['content-type'] ?? ''
    if (!type.includes('json')) return
    void response
      .text()
      .then((body) => seen.push(`json ${response.url()}: ${body}`))
      .catch(() => undefined)
  })
  return {
    seen,
    /** Storage and cookies as the page's own script reads them, now. */
    async storage(): Promise<string[]> {
      const read = await page.evaluate(() => ({
        local: JSON.stringify(Object.entries(window.localStorage)),
        session: JSON.stringify(Object.entries(window.sessionStorage)),
        cookie: document.cookie,
      }))
      return [
        `localStorage: ${read.local}`,
        `sessionStorage: ${read.session}`,
        `cookie: ${read.cookie}`,
      ]
    },
  }
}
