import lighthouse from 'lighthouse'
import puppeteer from 'puppeteer-core'

import { chromiumFlags } from '../../e2e/support/chromium'

import { median } from './app-under-test'

/**
 * Lighthouse's mobile performance score (its default: a mid-range phone on a slow 4G
 * connection, simulated) for a signed-in page. The sign-in is put in sessionStorage first
 * and Lighthouse is told to keep storage, as a user's own tab would.
 */
export async function lighthouseMobileScore(
  executablePath: string,
  listUrl: string,
  credentials: string,
): Promise<number> {
  const browser = await puppeteer.launch({ executablePath, args: chromiumFlags, headless: true })
  try {
    const page = await browser.newPage()
    await page.goto(new URL('/sign-in', listUrl).href)
    await page.evaluate(
      (key, value) => sessionStorage.setItem(key, value),
      'numbers-console.credentials',
      credentials,
    )
    const result = await lighthouse(
      listUrl,
      {
        disableStorageReset: true,
        onlyCategories: ['performance'],
        logLevel: 'error',
        output: 'json',
      },
      undefined,
      page,
    )
    if (process.env.LH_DEBUG && result) printDebugAudits(result.lhr)
    const score = result?.lhr.categories.performance?.score
    if (typeof score !== 'number') {
      // On an overloaded machine the page can miss Lighthouse's own deadlines (NO_FCP).
      const reason = result?.lhr.runtimeError?.code ?? 'no score'
      throw new Error(`Lighthouse returned no performance score (${reason})`)
    }
    return Math.round(score * 100)
  } finally {
    await browser.close()
  }
}

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

/**
 * Opt-in, to see where the time goes: `LH_DEBUG=1` prints each run's metrics and what
 * Lighthouse blames (the LCP element, long tasks, script boot-up, main-thread work);
 * `LH_DEBUG=items` prints the audits' items too. The score itself is the same either way.
 */
const debugAudits = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'largest-contentful-paint-element',
  'long-tasks',
  'bootup-time',
  'mainthread-work-breakdown',
]

function printDebugAudits(lhr: LighthouseResult) {
  for (const id of debugAudits) {
    const audit = lhr.audits[id]
    if (!audit) continue
    console.log(`[LH_DEBUG] ${id}: ${audit.displayValue ?? audit.score ?? ''}`)
    if (audit.details && 'items' in audit.details && process.env.LH_DEBUG === 'items') {
      console.log(JSON.stringify(audit.details.items, null, 1).slice(0, 4000))
    }
  }
}

/** The median of several runs: one Lighthouse run on a shared machine swings by points. */
export async function lighthouseMedianScore(
  executablePath: string,
  listUrl: string,
  credentials: string,
  runs = 3,
): Promise<{ median: number | null; scores: number[]; failures: string[] }> {
  const scores: number[] = []
  const failures: string[] = []
  // A run that fails is said so and not counted; up to twice the runs are tried.
  for (let run = 0; run < runs * 2 && scores.length < runs; run++) {
    try {
      scores.push(await lighthouseMobileScore(executablePath, listUrl, credentials))
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error))
    }
  }
  return { median: scores.length ? median(scores) : null, scores, failures }
}
