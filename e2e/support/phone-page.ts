import { type Browser } from '@playwright/test'

/** A page in a context of its own, the size of a phone's screen, with touch. */
export async function openPhonePage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  return { context, page: await context.newPage() }
}
