import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { z } from 'zod'

import { NAMED_BUSINESSES } from '../../sandbox/personas'
import { startAppServer } from '../../server/app-server'

import { createApi } from './api'
import { checkDatabase, checkLists, type Consistency, readLists } from './consistency'
import {
  countStatuses,
  type LatencySummary,
  type Operation,
  OPERATIONS,
  Recorder,
  summarize,
} from './stats'
import { Budget, type Owned, runClient, type Target } from './workload'

export interface LoadOptions {
  seconds: number
  clients: number
  /** Stops after this many requests even if time is left. */
  maxRequests: number
  seed: number
}

export interface LoadReport {
  options: LoadOptions
  dbPath: string
  elapsedMs: number
  requests: number
  throughput: number
  latency: LatencySummary
  byOperation: Record<Operation, LatencySummary>
  statuses: Record<string, number>
  /** Duplicates the workload provokes on purpose (409, or a bulk 400 naming them). */
  expectedConflicts: number
  unexpected: number
  unexpectedExamples: string[]
  serverErrors: number
  consistency: Consistency
  ok: boolean
}

/** Who works on what: several businesses, several clients on some of them. */
const ASSIGNMENTS = [
  { personaID: 'pat-rivera', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeElectric.id, areaCode: '503' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.metroHvac.id, areaCode: '617' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeSolar.id, areaCode: '718' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'morgan-lee', business: NAMED_BUSINESSES.leeElectric.id, areaCode: '503' },
  { personaID: 'pat-rivera', business: NAMED_BUSINESSES.riveraPlumbing.id, areaCode: '312' },
  { personaID: 'sam-ortiz', business: NAMED_BUSINESSES.leeSolar.id, areaCode: '718' },
]

const personasSchema = z.object({
  personas: z.array(z.object({ id: z.string(), accessToken: z.string() })),
})

/**
 * Starts a sandbox on 127.0.0.1 (an OS-chosen port, a fresh SQLite file in WAL mode),
 * runs the mixed workload, closes the server and checks what it stored. The database is
 * deleted afterwards unless the check failed.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'numbers-load-'))
  const dbPath = path.join(dir, 'sandbox.sqlite')
  const server = await startAppServer({ dbPath, port: 0, host: '127.0.0.1' })
  let closed = false
  try {
    const personas = personasSchema.parse(
      await (await fetch(`${server.url}/sandbox/personas`)).json(),
    ).personas
    const tokenOf = (id: string) => personas.find((p) => p.id === id)?.accessToken ?? ''
    const targets: Target[] = Array.from({ length: options.clients }, (_, i) => {
      const assignment = ASSIGNMENTS[i % ASSIGNMENTS.length] ?? ASSIGNMENTS[0]
      if (!assignment) throw new Error('no assignments')
      return {
        personaID: assignment.personaID,
        token: tokenOf(assignment.personaID),
        businessID: assignment.business,
        areaCode: assignment.areaCode,
      }
    })
    const businessIDs = [...new Set(targets.map((t) => t.businessID))]
    const support = tokenOf('sam-ortiz')
    const before = await readLists(server.url, support, businessIDs)

    const recorder = new Recorder()
    const api = createApi(server.url, recorder)
    const owned = new Map<string, Owned>()
    const started = performance.now()
    const budget = new Budget(Date.now() + options.seconds * 1000, options.maxRequests)
    await Promise.all(
      targets.map((target, client) =>
        runClient({ client, target, api, budget, owned, seed: options.seed + client * 7919 }),
      ),
    )
    const elapsedMs = performance.now() - started

    const after = await readLists(server.url, support, businessIDs)
    const lists = checkLists(before, after, owned)
    await server.close()
    closed = true
    const counts = new Map([...after].map(([id, records]) => [id, records.length]))
    const database = checkDatabase(dbPath, counts)

    const { samples } = recorder
    const problems = [...lists.problems, ...database.problems]
    const consistency: Consistency = {
      ok: problems.length === 0,
      problems,
      createdChecked: lists.createdChecked,
      seedChecked: lists.seedChecked,
      apiDuplicates: lists.apiDuplicates,
      sqlDuplicates: database.sqlDuplicates,
      journalMode: database.journalMode,
    }
    const serverErrors = samples.filter((s) => s.status >= 500).length
    const unexpected = samples.filter((s) => s.status >= 300 && !s.expected).length
    const ok = consistency.ok && serverErrors === 0 && unexpected === 0
    if (ok) rmSync(dir, { recursive: true, force: true })
    return {
      options,
      dbPath,
      elapsedMs,
      requests: samples.length,
      throughput: samples.length / (elapsedMs / 1000),
      latency: summarize(samples),
      byOperation: Object.fromEntries(
        OPERATIONS.map((op) => [op, summarize(samples.filter((s) => s.op === op))]),
      ) as Record<Operation, LatencySummary>,
      statuses: countStatuses(samples),
      expectedConflicts: samples.filter((s) => s.expected).length,
      unexpected,
      unexpectedExamples: recorder.unexpectedExamples,
      serverErrors,
      consistency,
      ok,
    }
  } finally {
    if (!closed) await server.close()
  }
}
