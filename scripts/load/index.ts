import { z } from 'zod'

import { type BigListReport, runBigLists } from './big-lists'
import { type LoadReport, runLoad } from './run-load'

/**
 * `npm run load`: a bounded mixed workload against an in-process sandbox on loopback, then
 * a consistency check. Exits non-zero if the check fails, any 5xx occurred, or any refusal
 * other than the duplicates the workload provokes on purpose.
 */
const settings = z
  .object({
    LOAD_SECONDS: z.coerce.number().positive().max(3600).default(30),
    LOAD_CLIENTS: z.coerce.number().int().min(1).max(64).default(8),
    LOAD_MAX_REQUESTS: z.coerce.number().int().min(1).default(500_000),
    // The big-list case: readers of a 20,000-number list while small requests are timed.
    LOAD_BIG_LIST_SECONDS: z.coerce.number().positive().max(3600).default(10),
    LOAD_BIG_LIST_READERS: z.coerce.number().int().min(1).max(64).default(10),
    LOAD_SEED: z.coerce
      .number()
      .int()
      .min(0)
      .default(Date.now() % 2 ** 31),
    LOAD_THROUGH_GATEWAY: z
      .enum(['0', '1'], { error: 'LOAD_THROUGH_GATEWAY must be 0 or 1.' })
      .default('0')
      .transform((v) => v === '1'),
  })
  .parse(process.env)

const ms = (value: number) => `${value.toFixed(1)} ms`

function print(report: LoadReport) {
  const { options, latency, consistency } = report
  const line = (label: string, value: string) => console.log(`${label.padEnd(16)}${value}`)
  console.log(
    `Load${options.throughGateway ? ' through the gateway (a consent sign-in per client, cookie + CSRF header)' : ' (demo bearer tokens)'}: ${options.clients} clients for ${options.seconds} s (at most ${options.maxRequests} requests), seed ${options.seed}`,
  )
  line('requests', `${report.requests} in ${(report.elapsedMs / 1000).toFixed(1)} s`)
  line('throughput', `${report.throughput.toFixed(0)} req/s`)
  line('latency', `p50 ${ms(latency.p50)}   p99 ${ms(latency.p99)}   max ${ms(latency.max)}`)
  for (const [op, summary] of Object.entries(report.byOperation)) {
    line(
      `  ${op}`,
      `${String(summary.count).padStart(7)}   p50 ${ms(summary.p50)}   p99 ${ms(summary.p99)}`,
    )
  }
  const statuses = Object.entries(report.statuses)
    .map(([status, count]) => `${status}: ${count}`)
    .join('   ')
  line('statuses', statuses)
  line('expected', `${report.expectedConflicts} duplicates refused on purpose (409, bulk 400)`)
  line('unexpected', String(report.unexpected))
  for (const example of report.unexpectedExamples) console.log(`    ${example}`)
  line('5xx', String(report.serverErrors))
  line(
    'consistency',
    `${consistency.ok ? 'OK' : 'FAILED'}: ${consistency.createdChecked} created numbers and ${consistency.seedChecked} seed numbers checked; active twice: ${consistency.apiDuplicates} (API), ${consistency.sqlDuplicates} (SQL); journal ${consistency.journalMode}`,
  )
  for (const problem of consistency.problems.slice(0, 20)) console.log(`    ${problem}`)
  if (!report.ok) console.log(`The database is kept for a look: ${report.dbPath}`)
}

function printBigLists(report: BigListReport) {
  const { options, small, lists } = report
  const line = (label: string, value: string) => console.log(`${label.padEnd(16)}${value}`)
  console.log(
    `Big lists: ${options.readers} clients reading a ${report.numbers}-number list for ${options.seconds} s, one client sending GET /users/self`,
  )
  const summary = (s: typeof small) =>
    `${String(s.count).padStart(7)}   p50 ${ms(s.p50)}   p99 ${ms(s.p99)}   max ${ms(s.max)}`
  line('  small', summary(small))
  line('  list', summary(lists))
  line('  failures', String(report.failures))
}

const report = await runLoad({
  seconds: settings.LOAD_SECONDS,
  clients: settings.LOAD_CLIENTS,
  maxRequests: settings.LOAD_MAX_REQUESTS,
  seed: settings.LOAD_SEED,
  throughGateway: settings.LOAD_THROUGH_GATEWAY,
})
print(report)
const bigLists = await runBigLists({
  seconds: settings.LOAD_BIG_LIST_SECONDS,
  readers: settings.LOAD_BIG_LIST_READERS,
})
printBigLists(bigLists)
process.exit(report.ok && bigLists.failures === 0 ? 0 : 1)
