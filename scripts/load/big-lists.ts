import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

import { z } from 'zod'

import { NAMED_BUSINESSES } from '../../sandbox/personas'
import { MAX_METRO_NUMBERS } from '../../sandbox/store/seed'

import { numbersPath } from './api'
import { type LatencySummary, summarize } from './stats'

// The big-list case of `npm run load`: while `readers` clients read a 20,000-number list
// over and over, one client sends small requests (GET /users/self) one after another.
// A list built in one blocking step makes every small request wait behind it. The
// sandbox runs in a process of its own (`npm run sandbox` on port 0), so reading 5 MB
// answers here does not hold up the server's event loop.

/** The sandbox's own entry point, in this checkout. */
export const SANDBOX_ENTRY = fileURLToPath(
  new URL('../../server/start-sandbox.ts', import.meta.url),
)

export interface BigListOptions {
  seconds: number
  readers: number
  /** Another checkout's server/start-sandbox.ts, to compare before and after a change. */
  entry?: string
}

export interface BigListReport {
  options: BigListOptions
  numbers: number
  /** The small requests, answered while the big reads went on. */
  small: LatencySummary
  /** The list reads themselves. */
  lists: LatencySummary
  failures: number
}

const personasSchema = z.object({
  personas: z.array(z.object({ id: z.string(), accessToken: z.string() })),
})
const listSchema = z.object({ phoneNumbers: z.array(z.unknown()) })

async function timed(url: string, token: string) {
  const started = performance.now()
  const res = await fetch(url, { headers: { Authorization: `Bearer ${token}` } })
  const bytes = await res.arrayBuffer()
  return { ms: performance.now() - started, ok: res.ok, bytes }
}

/** Starts the sandbox alone on a free port with a throwaway database. */
async function startSandboxProcess(entry: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, SANDBOX_PORT: '0', SANDBOX_DB: ':memory:' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const url = await new Promise<string>((resolve, reject) => {
    let output = ''
    // Read to the end, so the child never writes into a closed pipe.
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      const found = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0]
      if (found !== undefined) resolve(found)
    })
    child.once('exit', () => {
      reject(new Error(`The sandbox did not start: ${output}`))
    })
  })
  return {
    url,
    close: async () => {
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}

export async function runBigLists(options: BigListOptions): Promise<BigListReport> {
  const server = await startSandboxProcess(options.entry ?? SANDBOX_ENTRY)
  try {
    const reset = await fetch(`${server.url}/sandbox/reset`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ metroHvacNumbers: MAX_METRO_NUMBERS }),
    })
    if (!reset.ok) throw new Error(`reset answered ${reset.status}`)
    const personas = await fetch(`${server.url}/sandbox/personas`).then(async (res) =>
      personasSchema.parse(await res.json()),
    )
    const token = personas.personas.find((p) => p.id === 'sam-ortiz')?.accessToken ?? ''
    const listURL = server.url + numbersPath(NAMED_BUSINESSES.metroHvac.id)
    const first = await timed(listURL, token)
    const numbers = listSchema.parse(JSON.parse(new TextDecoder().decode(first.bytes))).phoneNumbers
      .length

    const deadline = performance.now() + options.seconds * 1000
    const small: { op: 'list'; status: number; ms: number; expected: boolean }[] = []
    const lists: typeof small = []
    let failures = 0
    const loop = async (url: string, into: typeof small) => {
      while (performance.now() < deadline) {
        const answer = await timed(url, token)
        if (!answer.ok) failures += 1
        into.push({ op: 'list', status: answer.ok ? 200 : 500, ms: answer.ms, expected: false })
      }
    }
    await Promise.all([
      ...Array.from({ length: options.readers }, () => loop(listURL, lists)),
      loop(`${server.url}/api/v4/users/self`, small),
    ])
    return { options, numbers, small: summarize(small), lists: summarize(lists), failures }
  } finally {
    await server.close()
  }
}
