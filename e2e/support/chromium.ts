import { existsSync } from 'node:fs'

import { chromium } from '@playwright/test'

/**
 * The one place that decides which Chromium the browser tests, benchmarks and
 * Lighthouse use: `PLAYWRIGHT_CHROMIUM_PATH` first, then a browser Playwright itself
 * installed, then Debian's Chromium. The real binary is used, not /usr/bin/chromium,
 * whose wrapper script prints shell errors on this kind of machine.
 */
export const systemChromium = '/usr/lib/chromium/chromium'

export function resolveChromium(): string | null {
  const fromEnv = process.env.PLAYWRIGHT_CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null
  try {
    const bundled = chromium.executablePath()
    if (bundled && existsSync(bundled)) return bundled
  } catch {
    // No browser downloaded by Playwright: fall through to the system one.
  }
  return existsSync(systemChromium) ? systemChromium : null
}

/** Flags that keep Chromium from reaching for a network this machine does not have. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]
