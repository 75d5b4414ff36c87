import { defineConfig, devices } from '@playwright/test'

import { chromiumFlags, resolveChromium } from './e2e/support/chromium'

const isCI = Boolean(process.env.CI)
const executablePath = resolveChromium() ?? undefined

/**
 * Each worker starts its own app server (the built app plus the sandbox on a fresh
 * in-memory database, on a port the OS picks): see e2e/support/fixtures.ts. Run
 * `npm run build` first; `npm run test:e2e` does.
 */
export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: chromiumFlags },
  },
  projects: [{ name: 'chromium' }],
})
