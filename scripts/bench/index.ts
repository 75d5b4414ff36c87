import { readFileSync } from 'node:fs'
import path from 'node:path'

import { chromium } from '@playwright/test'

import { chromiumFlags, resolveChromium } from '../../e2e/support/chromium'
import { firstVisitBudgetBytes, firstVisitGzipBytes, type ChunkInfo } from '../first-visit-size'

import { startBenchServer } from './app-under-test'
import { type BenchRow, formatTable, ms, times } from './bench-table'
import { AIM, measureBulkPipeline } from './bulk-pipeline'
import { benchGatewayOverhead } from './gateway-overhead'
import { measureFirstRows, measureKeystrokes } from './browser-timings'
import { lighthouseMedianScore } from './lighthouse-score'

/**
 * `npm run bench`: figures for the numbers list with a 10,000-number business, in
 * Chromium, against the built app and the sandbox on loopback, each beside a floor timed in
 * the same run (and the ratio to it), so that a busy machine can still be compared with a
 * quiet one. Medians of several runs. Prints; asserts nothing.
 *
 * BENCH_ONLY=first-rows,keystroke,size,lighthouse,bulk,gateway (any of them, comma-separated)
 * runs only those parts, to iterate on one figure without waiting for the others.
 * LH_DEBUG=1 (or =items) prints what Lighthouse blames in each run (lighthouse-score.ts).
 */
const only = new Set((process.env.BENCH_ONLY ?? '').split(',').filter(Boolean))
const wanted = (part: string) => only.size === 0 || only.has(part)
const numbers = Number(process.env.BENCH_NUMBERS ?? 10_000)
// Lighthouse loads the Metro HVAC list as a big real customer has it.
const lighthouseNumbers = Number(process.env.BENCH_LIGHTHOUSE_NUMBERS ?? 2_500)
const executablePath = resolveChromium()
if (!executablePath) throw new Error('No Chromium: run `npx tsx scripts/ensure-chromium.ts` first.')

function firstVisitFromManifest() {
  const dist = path.resolve(process.env.BENCH_DIST ?? 'dist')
  const manifest = JSON.parse(
    readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, { file: string; isEntry?: boolean; imports?: string[] }>
  const chunks = new Map<string, ChunkInfo>()
  for (const [key, entry] of Object.entries(manifest)) {
    if (!entry.file.endsWith('.js')) continue
    chunks.set(key, {
      code: readFileSync(path.join(dist, entry.file), 'utf8'),
      isEntry: entry.isEntry ?? false,
      imports: entry.imports ?? [],
    })
  }
  return firstVisitGzipBytes(chunks)
}

const rows: BenchRow[] = []
const typed = 'tech 12'

if (wanted('first-rows') || wanted('keystroke')) {
  const list = await startBenchServer(numbers)
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumFlags })
    if (wanted('first-rows')) {
      const first = await measureFirstRows(browser, list.listUrl, list.credentials, list.token)
      rows.push(
        {
          label: `First rows after the data arrives (${first.count} runs)`,
          value: ms(first.fromData),
          floor: ms(first.floor),
          ratio: times(first.fromData / first.floor),
          aim: '<= 100 ms, <= 2× floor',
        },
        { label: '  from navigation start', value: ms(first.fromNavigation), aim: '' },
      )
    }
    if (wanted('keystroke')) {
      const keys = await measureKeystrokes(
        browser,
        list.listUrl,
        list.credentials,
        list.token,
        typed,
      )
      rows.push(
        {
          label: `Keystroke to filtered list ("${typed}", ${keys.count} keys)`,
          value: ms(keys.median),
          floor: ms(keys.floor),
          ratio: times(keys.median / keys.floor),
          aim: '<= 50 ms',
        },
        { label: '  slowest keystroke', value: ms(keys.max), aim: '' },
      )
    }
    await browser.close()
  } finally {
    await list.server.close()
  }
}

if (wanted('size')) {
  const size = firstVisitFromManifest()
  rows.push({
    label: 'First-visit JavaScript (gzip)',
    value: `${(size.bytes / 1024).toFixed(1)} KiB`,
    aim: `<= ${firstVisitBudgetBytes / 1024} KiB`,
  })
}

if (wanted('lighthouse')) {
  const metro = await startBenchServer(lighthouseNumbers)
  try {
    const score = await lighthouseMedianScore(executablePath, metro.listUrl, metro.credentials)
    rows.push({
      label: `Lighthouse mobile, Metro HVAC list (runs: ${score.scores.join(', ')})`,
      value: score.median === null ? 'no score' : String(score.median),
      aim: '>= 95',
    })
    for (const failure of score.failures) console.warn(failure)
  } finally {
    await metro.server.close()
  }
}

for (const figures of wanted('bulk') ? await measureBulkPipeline() : []) {
  rows.push({
    label: `Bulk preview, ${figures.size.toLocaleString('en-US')} lines (${figures.runs} runs, CPU)`,
    value: ms(figures.pipeline),
    floor: ms(figures.libphonenumber),
    ratio: times(figures.pipeline / figures.libphonenumber),
    aim: `<= ${AIM}× libphonenumber alone`,
  })
}

console.log(
  `\nNumbers Console bench: list of ${numbers.toLocaleString('en-US')} numbers, ` +
    `Lighthouse on ${lighthouseNumbers.toLocaleString('en-US')}, Chromium ${executablePath}`,
)
console.log(
  "Floors are timed in the same run: first rows, from the same response's last byte, reading " +
    'its body, JSON.parse and one screenful of plain rows in the same page; keystroke, the ' +
    'filter alone over precomputed keys; bulk, libphonenumber-js alone on the same numbers.\n',
)
for (const line of formatTable(rows)) console.log(line)

if (wanted('gateway')) for (const line of await benchGatewayOverhead()) console.log(line)
