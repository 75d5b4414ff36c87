// What the load run measured: one sample per request, summed up at the end.

export const OPERATIONS = ['list', 'create', 'update', 'delete', 'bulk'] as const
export type Operation = (typeof OPERATIONS)[number]

export interface Sample {
  op: Operation
  status: number
  ms: number
  /** A refusal the workload provokes on purpose: a duplicate (409, or a bulk 400 naming one). */
  expected: boolean
}

export interface LatencySummary {
  count: number
  p50: number
  p99: number
  max: number
}

export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return 0
  const index = Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)
  return sorted[Math.max(0, index)] ?? 0
}

export function summarize(samples: readonly Sample[]): LatencySummary {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted.at(-1) ?? 0,
  }
}

/** Counts by status, e.g. { "200": 812, "409": 14 }. */
export function countStatuses(samples: readonly Sample[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const { status } of samples) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

export class Recorder {
  readonly samples: Sample[] = []
  readonly unexpectedExamples: string[] = []

  record(sample: Sample, describe: () => string): void {
    this.samples.push(sample)
    const unexpected = !sample.expected && sample.status >= 300
    if (unexpected && this.unexpectedExamples.length < 10) this.unexpectedExamples.push(describe())
  }
}
