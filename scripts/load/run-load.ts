import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { startAppServer } from '../../server/app-server'
import { parseGatewaySettings } from '../../server/gateway/gateway-settings'

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
import { signInClients } from './sign-ins'
import { Budget, type Owned, runClient } from './workload'

export interface LoadOptions {
  seconds: number
  clients: number
  /** Stops after this many requests even if time is left. */
  maxRequests: number
  seed: number
  /** LOAD_THROUGH_GATEWAY=1: cookie sessions from consent sign-ins, not demo bearer tokens. */
  throughGateway?: boolean
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

/**
 * Starts a sandbox on 127.0.0.1 (an OS-chosen port, a fresh SQLite file in WAL mode),
 * runs the mixed workload, closes the server and checks what it stored. The database is
 * deleted afterwards unless the check failed.
 */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  const dir = mkdtempSync(path.join(tmpdir(), 'numbers-load-'))
  const dbPath = path.join(dir, 'sandbox.sqlite')
  const gateway = parseGatewaySettings({ GATEWAY_SQLITE: path.join(dir, 'gateway.sqlite') })
  if (!gateway.ok) throw new Error(gateway.problems.join('\n'))
  const throughGateway = options.throughGateway ?? false
  const server = await startAppServer({
    dbPath,
    port: 0,
    host: '127.0.0.1',
    gateway: gateway.settings,
    devTokenSignIn: !throughGateway,
  })
  let closed = false
  try {
    const { targets, readerFor, authorize } = await signInClients(
      server.url,
      options.clients,
      throughGateway,
    )
    const businessIDs = [...new Set(targets.map((t) => t.businessID))]
    const before = await readLists(server.url, readerFor, businessIDs, authorize)

    const recorder = new Recorder()
    const api = createApi(server.url, recorder, authorize)
    const owned = new Map<string, Owned>()
    const started = performance.now()
    const budget = new Budget(Date.now() + options.seconds * 1000, options.maxRequests)
    await Promise.all(
      targets.map((target, client) =>
        runClient({ client, target, api, budget, owned, seed: options.seed + client * 7919 }),
      ),
    )
    const elapsedMs = performance.now() - started

    const after = await readLists(server.url, readerFor, businessIDs, authorize)
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
