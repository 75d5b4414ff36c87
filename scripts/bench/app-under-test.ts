import path from 'node:path'

import { z } from 'zod'

import { startAppServer } from '../../server/app-server'
import { type RunningServer } from '../../server/listen'

/** The built app and a sandbox seeded with a big business, on a loopback port of the OS's choosing. */
export async function startBenchServer(metroHvacNumbers: number) {
  const server: RunningServer = await startAppServer({
    dbPath: ':memory:',
    port: 0,
    host: '127.0.0.1',
    // BENCH_DIST: another build (say, of the commit before a change) to compare in one sitting.
    staticDir: path.resolve(process.env.BENCH_DIST ?? 'dist'),
    devTokenSignIn: true,
  })
  const reset = await fetch(`${server.url}/sandbox/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ metroHvacNumbers }),
  })
  if (!reset.ok) throw new Error(`Reset failed: ${reset.status} ${await reset.text()}`)

  const personas = z
    .object({
      personas: z.array(z.object({ id: z.string(), name: z.string(), accessToken: z.string() })),
    })
    .parse(await (await fetch(`${server.url}/sandbox/personas`)).json()).personas
  const sam = personas.find((persona) => persona.name === 'Sam Ortiz')
  if (!sam) throw new Error('No Sam Ortiz persona')

  const businesses = z
    .object({ data: z.array(z.object({ businessID: z.string(), name: z.string() })) })
    .parse(
      await (
        await fetch(`${server.url}/api/v4/businesses?limit=1000`, {
          headers: { Authorization: `Bearer ${sam.accessToken}` },
        })
      ).json(),
    ).data
  const metro = businesses.find((business) => business.name === 'Metro HVAC Services')
  if (!metro) throw new Error('No Metro HVAC Services business')

  /** What the app keeps in sessionStorage after a sign-in as Sam Ortiz. */
  const credentials = JSON.stringify({
    accessToken: sam.accessToken,
    apiBaseUrl: '/api',
    label: sam.name,
    source: 'sandbox',
    personaID: sam.id,
    role: 'support',
  })
  return {
    server,
    listUrl: `${server.url}/businesses/${metro.businessID}/numbers`,
    credentials,
    token: sam.accessToken,
  }
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}
