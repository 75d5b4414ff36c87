import { z } from 'zod'

import { startAppServer } from '../../server/app-server'
import { signInThroughConsent } from '../../server/testing/consent-sign-in'
import { gatewayOn, startSandboxServer } from '../../server/testing/shared-sandbox'
import { percentile } from '../load/stats'

/**
 * The gateway's overhead on the list call: one sandbox on its own port, called directly
 * with a bearer token and through an app server's gateway with a cookie session, the two
 * interleaved in one run so both see the same machine.
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
    const direct: number[] = []
    const gateway: number[] = []
    for (let i = 0; i < calls + 200; i += 1) {
      const d = await timed(`${sandbox.url}${path}`, { Authorization: `Bearer ${token}` })
      const g = await timed(`${app.url}${path}`, session.headers)
      // The first 200 of each warm the JIT and the connection pools.
      if (i >= 200) {
        direct.push(d)
        gateway.push(g)
      }
    }
    direct.sort((a, b) => a - b)
    gateway.sort((a, b) => a - b)
    const line = (label: string, share: number, aim: string) => {
      const d = percentile(direct, share)
      const g = percentile(gateway, share)
      return `${label.padEnd(44)} ${`${(g - d).toFixed(2)} ms`.padStart(12)}   aim ${aim}   (direct ${d.toFixed(2)} ms, through the gateway ${g.toFixed(2)} ms)`
    }
    return [
      `\nGateway overhead on the list call (${calls} calls each, loopback, interleaved)\n`,
      line('  added at p50', 0.5, '<= 2 ms'),
      line('  added at p99', 0.99, '<= 5 ms'),
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
