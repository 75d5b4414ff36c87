import { type Page } from '@playwright/test'

/**
 * Everything a page says that a test may want to hold against it: console messages,
 * uncaught errors, JavaScript dialogs (an injected `alert(1)` would open one), Content
 * Security Policy violations (as `securitypolicyviolation` events and as Chromium's console
 * reports) and the URL of every request it makes. Start it before the first navigation;
 * it keeps collecting across navigations and reloads.
 */
export interface PageWatch {
  consoleMessages: string[]
  pageErrors: string[]
  dialogs: string[]
  requestURLs: string[]
  /** `securitypolicyviolation` events, as the page itself saw them. */
  cspViolations: string[]
  /** Console lines in which Chromium reports a refused load or inline script. */
  cspConsoleReports: () => string[]
}

export async function watchPage(page: Page): Promise<PageWatch> {
  const watch: PageWatch = {
    consoleMessages: [],
    pageErrors: [],
    dialogs: [],
    requestURLs: [],
    cspViolations: [],
    cspConsoleReports: () =>
      watch.consoleMessages.filter((line) => /Content Security Policy|Refused to/i.test(line)),
  }
  page.on('console', (message) => {
    watch.consoleMessages.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => {
    watch.pageErrors.push(`${error.name}: ${error.message}`)
  })
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    watch.requestURLs.push(request.url())
  })
  // A binding survives navigations, and CSP does not apply to it.
  await page.exposeFunction('__reportCspViolation', (line: string) => {
    watch.cspViolations.push(line)
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (line: string) => void>)
        .__reportCspViolation
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  return watch
}
