import type { TestProject } from 'vitest/node'

import { ensurePostgres } from '../../../scripts/ensure-postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** One PostgreSQL for the whole run; every suite works in a schema of its own. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const handle = await ensurePostgres()
  project.provide('databaseUrl', handle.url)
  return () => handle.stop()
}
