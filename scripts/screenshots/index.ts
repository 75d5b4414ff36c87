import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { type Browser, chromium, request } from '@playwright/test'

import { chromiumFlags, resolveChromium } from '../../e2e/support/chromium'
import { SandboxControl } from '../../e2e/support/sandbox-control'
import { startAppServer } from '../../server/app-server'

import { bulkScenes } from './bulk-scenes'
import { formScenes } from './form-scenes'
import { listScenes } from './list-scenes'
import { type Scene } from './scene'

/**
 * `npm run screenshots`: every main screen and state of the built app, against the sandbox on
 * a loopback port, at a laptop's and a phone's size, light and dark, into screenshots/ (not
 * committed), so that anyone can review the look in a minute. Prints where and how many.
 */
const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const
const SCHEMES = ['light', 'dark'] as const
const scenes: Scene[] = [...listScenes, ...formScenes, ...bulkScenes]
const outDir = path.resolve(process.env.SCREENSHOTS_DIR ?? 'screenshots')

const executablePath = resolveChromium()
if (!executablePath) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts` first.')

const started = performance.now()
await rm(outDir, { recursive: true, force: true })
await mkdir(outDir, { recursive: true })
const server = await startAppServer({
  dbPath: ':memory:',
  port: 0,
  host: '127.0.0.1',
  staticDir: path.resolve('dist'),
  devTokenSignIn: true,
})
const browser = await chromium.launch({ executablePath, args: chromiumFlags })
const api = await request.newContext({ baseURL: server.url })
const sandbox = new SandboxControl(api)
let written = 0
try {
  for (const size of SIZES) {
    for (const [index, scene] of scenes.entries()) {
      written += await shoot(browser, scene, String(index + 1).padStart(2, '0'), size)
    }
  }
} finally {
  await api.dispose()
  await browser.close()
  await server.close()
}
const seconds = ((performance.now() - started) / 1000).toFixed(0)
console.log(
  `Wrote ${written} screenshots of ${scenes.length} screens to ${outDir} in ${seconds} s.`,
)

/** One scene at one size: from the seed, brought to its state, shot light then dark. */
async function shoot(
  on: Browser,
  scene: Scene,
  order: string,
  size: (typeof SIZES)[number],
): Promise<number> {
  await sandbox.reset()
  const context = await on.newContext({
    baseURL: server.url,
    viewport: size,
    reducedMotion: 'reduce',
    colorScheme: 'light',
  })
  const page = await context.newPage()
  try {
    await scene.show({ page, sandbox })
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme })
      const file = `${order}-${scene.name}-${size.width}x${size.height}-${colorScheme}.png`
      await page.screenshot({ path: path.join(outDir, file), animations: 'disabled' })
    }
    await scene.settle?.({ page, sandbox })
    return SCHEMES.length
  } catch (error) {
    throw new Error(`Screenshot "${scene.name}" at ${size.width}×${size.height} failed`, {
      cause: error,
    })
  } finally {
    await context.close()
  }
}
