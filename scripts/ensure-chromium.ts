import { execFileSync } from 'node:child_process'

import { resolveChromium } from '../e2e/support/chromium'

/**
 * Makes sure the browser tests have a Chromium. Playwright cannot download its own here,
 * so Debian's is installed when running as root; otherwise this says how to get one.
 */
function install(): void {
  console.log('No Chromium found: installing Debian’s chromium package (about 35 s)…')
  execFileSync('apt-get', ['update'], { stdio: 'inherit' })
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}

let found = resolveChromium()
if (!found && process.env.PLAYWRIGHT_CHROMIUM_PATH) {
  console.error(
    `PLAYWRIGHT_CHROMIUM_PATH is set to ${process.env.PLAYWRIGHT_CHROMIUM_PATH}, which does not exist.`,
  )
  process.exit(1)
}
if (!found && process.getuid?.() === 0) {
  install()
  found = resolveChromium()
}
if (!found) {
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      'Install it with `sudo apt-get install -y chromium` (Debian/Ubuntu),',
      'or point PLAYWRIGHT_CHROMIUM_PATH at a Chromium or Chrome binary.',
    ].join('\n'),
  )
  process.exit(1)
}
console.log(`Chromium: ${found}`)
