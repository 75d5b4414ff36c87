import { Agent, request } from 'node:http'
import type { Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startAppServer } from '../app-server.ts'
import type { RunningServer } from '../listen.ts'
import { personasSchema } from '../../sandbox/contract/sandbox-controls.ts'
import { numberPath, numbersPath, RIVERA } from '../../sandbox/testing/harness.ts'
import { DRAIN_MAX_BYTES } from './unread-body.ts'

// A body the server does not read (a 413, a 405, a DELETE that ignores it) must not break
// the connection: the answer arrives whole, and the next request on the same keep-alive
// socket is answered too. Over a real socket, one at a time (maxSockets: 1).

let server: RunningServer
let token = ''
beforeAll(async () => {
  server = await startAppServer({ dbPath: ':memory:', port: 0, host: '127.0.0.1' })
  const personas = personasSchema.parse(
    await (await fetch(`${server.url}/sandbox/personas`)).json(),
  )
  token = personas.personas.find((p) => p.id === 'pat-rivera')?.accessToken ?? ''
})
afterAll(() => server.close())

interface Answer {
  status: number
  connection: string | undefined
  /** The socket the request went over. */
  socket: Socket | undefined
}

function send(agent: Agent, method: string, path: string, body?: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Authorization: `Bearer ${token}` }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = String(body.length)
    }
    const req = request(`${server.url}${path}`, { method, headers, agent }, (res) => {
      res.resume()
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, socket })
      })
    })
    let socket: Socket | undefined
    req.once('socket', (assigned) => (socket = assigned))
    // After the answer, a client still writing a refused body may see the socket close.
    req.on('error', reject)
    req.end(body)
  })
}

const keepAliveAgent = () => new Agent({ keepAlive: true, maxSockets: 1 })
const bytes = (n: number) => Buffer.alloc(n, 'x')

describe('a body the server leaves unread', () => {
  it.each([
    ['an oversized POST (413)', 'POST', () => numbersPath(RIVERA), 300 * 1024, 413],
    ['a 5 MiB POST (413)', 'POST', () => numbersPath(RIVERA), 5 * 1024 * 1024, 413],
    ['a DELETE with a body it ignores', 'DELETE', () => numberPath(RIVERA, '1'), 2048, 404],
    ['a 405 with a body', 'DELETE', () => '/sandbox/requests', 2048, 405],
  ])(
    '%s is answered, and the same socket answers the next request',
    async (_, method, path, size, status) => {
      const agent = keepAliveAgent()
      try {
        for (let round = 0; round < 3; round++) {
          const refused = await send(agent, method, path(), bytes(size))
          expect(refused.status).toBe(status)
          expect(refused.connection).toBe('keep-alive')
          const next = await send(agent, 'GET', '/api/v4/users/self')
          expect(next).toMatchObject({ status: 200, connection: 'keep-alive' })
          expect(next.socket === refused.socket, 'the same connection').toBe(true)
        }
      } finally {
        agent.destroy()
      }
    },
  )

  it('a body too big to drain gets its 413 with Connection: close, and the next request a new socket', async () => {
    const agent = keepAliveAgent()
    try {
      const refused = await send(agent, 'POST', numbersPath(RIVERA), bytes(DRAIN_MAX_BYTES + 1))
      expect(refused).toMatchObject({ status: 413, connection: 'close' })
      const next = await send(agent, 'GET', '/api/v4/users/self')
      expect(next.status).toBe(200)
      expect(next.socket === refused.socket, 'the same connection').toBe(false)
    } finally {
      agent.destroy()
    }
  })
})
