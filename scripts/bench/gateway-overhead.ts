import { z } from 'zod'

import { startAppServer } from '../../server/app-server'
import { signInThroughConsent } from '../../server/testing/consent-sign-in'
import { gatewayOn, startSandboxServer } from '../../server/testing/shared-sandbox'
import { percentile } from '../load/stats'

/**
 * The gateway's overhead on the list call: one sandbox on its own port, called directly
 * with a bearer token and through an app server's gateway with a cookie session, the two
 * interleaved in one run so both see the same machine. Both ask for the answer as it is
 * (`Accept-Encoding: identity`): the sandbox does not compress, so what the gateway adds is
 * compared on the same bytes. A browser asks for gzip, which the gateway does for what it
 * sends on (server/app.ts); that cost is timed in a third series and printed on its own line.
 */
const personasSchema = z.object({
  personas: z.array(z.object({ id: z.string(), accessToken: z.string() })),
})
const RIVERA_PLUMBING = '5343987659230309812'

async function timed(url: string, headers: Record<string, string>): Promise<number> {
  const start = performance.now()
  const res = await fetch(url, { headers })
  await res.arrayBuffer()
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return performance.now() - start
}

export async function benchGatewayOverhead(calls = 2000): Promise<string[]> {
  const sandbox = await startSandboxServer()
  const app = await startAppServer({
    dbPath: ':memory:',
    port: 0,
    host: '127.0.0.1',
    gateway: gatewayOn(sandbox.url),
  })
  try {
    const personas = personasSchema.parse(
      await (await fetch(`${sandbox.url}/sandbox/personas`)).json(),
    ).personas
    const token = personas.find((p) => p.id === 'pat-rivera')?.accessToken ?? ''
    const session = await signInThroughConsent(app.url, 'pat-rivera')
    const path = `/api/v4/businesses/${RIVERA_PLUMBING}/associate-phone-numbers`
    const identity = { 'Accept-Encoding': 'identity' }
    const direct: number[] = []
    const gateway: number[] = []
    const gzipped: number[] = []
    for (let i = 0; i < calls + 200; i += 1) {
      const d = await timed(`${sandbox.url}${path}`, {
        ...identity,
        Authorization: `Bearer ${token}`,
      })
      const g = await timed(`${app.url}${path}`, { ...identity, ...session.headers })
      const z = await timed(`${app.url}${path}`, { ...session.headers, 'Accept-Encoding': 'gzip' })
      // The first 200 of each warm the JIT and the connection pools.
      if (i >= 200) {
        direct.push(d)
        gateway.push(g)
        gzipped.push(z)
      }
    }
    for (const series of [direct, gateway, gzipped]) series.sort((a, b) => a - b)
    const line = (label: string, share: number, aim: string) => {
      const d = percentile(direct, share)
      const g = percentile(gateway, share)
      return `${label.padEnd(44)} ${`${(g - d).toFixed(2)} ms`.padStart(12)}   aim ${aim}   (direct ${d.toFixed(2)} ms, through the gateway ${g.toFixed(2)} ms)`
    }
    const gzipLine = (label: string, share: number) => {
      const g = percentile(gateway, share)
      const z = percentile(gzipped, share)
      return `${label.padEnd(44)} ${`${(z - g).toFixed(2)} ms`.padStart(12)}   (as it is ${g.toFixed(2)} ms, gzipped ${z.toFixed(2)} ms)`
    }
    return [
      `\nGateway overhead on the list call (${calls} calls each, loopback, interleaved)\n`,
      line('  added at p50', 0.5, '<= 2 ms'),
      line('  added at p99', 0.99, '<= 5 ms'),
      gzipLine('  gzip, as a browser asks, at p50', 0.5),
      gzipLine('  gzip, as a browser asks, at p99', 0.99),
    ]
  } finally {
    await app.close()
    await sandbox.close()
  }
}

// `npx tsx scripts/bench/gateway-overhead.ts`: this part of `npm run bench` alone.
if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  for (const l of await benchGatewayOverhead()) console.log(l)
}
