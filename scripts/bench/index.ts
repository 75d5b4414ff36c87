import { readFileSync } from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { chromiumFlags, resolveChromium } from '../../e2e/support/chromium'
import { firstVisitBudgetBytes, firstVisitGzipBytes, type ChunkInfo } from '../first-visit-size'

import { startBenchServer } from './app-under-test'
import { benchBulkPipeline } from './bulk-pipeline'
import { benchGatewayOverhead } from './gateway-overhead'
import { measureFirstRows, measureKeystrokes } from './browser-timings'
import { lighthouseMobileScore } from './lighthouse-score'

/**
 * `npm run bench`: figures for the numbers list with a 10,000-number business, in
 * Chromium, against the built app and the sandbox on loopback. Prints; asserts nothing.
 */
const numbers = Number(process.env.BENCH_NUMBERS ?? 10_000)
const executablePath = resolveChromium()
if (!executablePath) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts` first.')

function firstVisitFromManifest() {
  const manifestPath = path.resolve('dist/.vite/manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[] }
  >
  const chunks = new Map<string, ChunkInfo>()
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.file.endsWith('.js')) continue
    chunks.set(key, {
      code: readFileSync(path.resolve('dist', entry.file), 'utf8'),
      isEntry: entry.isEntry ?? false,
      imports: entry.imports ?? [],
    })
  }
  return firstVisitGzipBytes(chunks)
}

const row = (label: string, value: string, aim: string) =>
  console.log(`${label.padEnd(44)} ${value.padStart(12)}   aim ${aim}`)

const { server, listUrl, credentials } = await startBenchServer(numbers)
try {
  const browser = await chromium.launch({ executablePath, args: chromiumFlags })
  const firstRows = await measureFirstRows(browser, listUrl, credentials)
  const keystrokes = await measureKeystrokes(browser, listUrl, credentials, 'tech 12')
  await browser.close()
  const size = firstVisitFromManifest()
  const score = await lighthouseMobileScore(executablePath, listUrl, credentials)

  console.log(
    `\nNumbers list, ${numbers.toLocaleString('en-US')} numbers, Chromium ${executablePath}\n`,
  )
  row(
    'Time to first rows after the data arrives',
    `${firstRows.fromData.toFixed(1)} ms`,
    '< 100 ms',
  )
  row('  (from navigation start)', `${firstRows.fromNavigation.toFixed(0)} ms`, '')
  row(
    `Keystroke to filtered list (median of ${keystrokes.count})`,
    `${keystrokes.median.toFixed(1)} ms`,
    '< 50 ms',
  )
  row('  (slowest keystroke)', `${keystrokes.max.toFixed(1)} ms`, '')
  row(
    'First-visit JavaScript (gzip)',
    `${(size.bytes / 1024).toFixed(1)} KiB`,
    `<= ${firstVisitBudgetBytes / 1024} KiB`,
  )
  row('Lighthouse mobile performance (Metro HVAC list)', String(score), '>= 95')
} finally {
  await server.close()
}

for (const line of await benchBulkPipeline()) console.log(line)
for (const line of await benchGatewayOverhead()) console.log(line)
