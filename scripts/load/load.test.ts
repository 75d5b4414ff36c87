import { describe, expect, it } from 'vitest'

import { runBigLists } from './big-lists'
import { runLoad } from './run-load'

// The short form of `npm run load`, inside `npm test`: about 3 s of mixed reads and writes
// from several clients on several businesses, then the consistency check.

describe('npm run load, short', () => {
  it('stores exactly what it answered, with no 5xx and no unexpected refusal', async () => {
    const report = await runLoad({ seconds: 3, clients: 6, maxRequests: 20_000, seed: 20_261_127 })
    expect(report.consistency.problems).toEqual([])
    expect(report.consistency.ok).toBe(true)
    expect(report.serverErrors).toBe(0)
    expect(report.unexpectedExamples).toEqual([])
    expect(report.unexpected).toBe(0)
    expect(report.consistency.journalMode).toBe('wal')
    // It did real work of every kind.
    for (const summary of Object.values(report.byOperation))
      expect(summary.count).toBeGreaterThan(5)
    expect(report.consistency.createdChecked).toBeGreaterThan(20)
    expect(report.ok).toBe(true)
  }, 60_000)

  it('through the gateway, with a consent sign-in per client: the same check holds', async () => {
    const report = await runLoad({
      seconds: 3,
      clients: 6,
      maxRequests: 20_000,
      seed: 20_261_201,
      throughGateway: true,
    })
    expect(report.consistency.problems).toEqual([])
    expect(report.unexpectedExamples).toEqual([])
    expect(report.serverErrors).toBe(0)
    for (const summary of Object.values(report.byOperation))
      expect(summary.count).toBeGreaterThan(5)
    expect(report.consistency.createdChecked).toBeGreaterThan(20)
    expect(report.ok).toBe(true)
  }, 60_000)

  it('stops at the request bound before the time bound', async () => {
    const report = await runLoad({ seconds: 30, clients: 4, maxRequests: 40, seed: 7 })
    expect(report.requests).toBe(40)
    expect(report.elapsedMs).toBeLessThan(15_000)
    expect(report.ok).toBe(true)
  }, 60_000)
})

describe('npm run load, the big-list case, short', () => {
  it('times small requests while a 20,000-number list is read, with no failure', async () => {
    const report = await runBigLists({ seconds: 2, readers: 3 })
    expect(report.numbers).toBe(20_000)
    expect(report.failures).toBe(0)
    expect(report.small.count).toBeGreaterThan(0)
    expect(report.lists.count).toBeGreaterThan(0)
  }, 60_000)
})
