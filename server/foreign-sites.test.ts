import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { businessesPageSchema } from '../sandbox/contract/businesses.ts'
import { personasSchema } from '../sandbox/contract/sandbox-controls.ts'
import { startAppServer } from './app-server.ts'
import type { RunningServer } from './listen.ts'

// The sandbox's own checks against other sites (sandbox/foreign-sites.test.ts), over a
// real socket: Node's http client may send any Host, as a rebinding browser would.

const FOREIGN = 'https://evil.example'

describe('a real server on 127.0.0.1', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  /** Node's http client lets a test say any Host, as a rebinding browser would. */
  function send(url: string, headers: Record<string, string>) {
    return new Promise<{ status: number; cors: string | undefined; body: string }>(
      (resolve, reject) => {
        const req = request(url, { headers }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => (body += chunk))
          res.on('end', () => {
            const cors = res.headers['access-control-allow-origin']
            resolve({ status: res.statusCode ?? 0, cors, body })
          })
        })
        req.on('error', reject)
        req.end()
      },
    )
  }
  const get = async (url: string, headers: Record<string, string>) => {
    const { status, cors } = await send(url, headers)
    return { status, cors }
  }

  it('builds imageURL from its own address, never from the Host header', async () => {
    server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '127.0.0.1',
      // Let the hostile name past the Host check, to see it is not echoed either.
      allowedHosts: ['127.0.0.1', 'evil.example'],
      // The demo sign-ins hand out the bearer token this test calls the API with.
      devTokenSignIn: true,
    })
    const token = await send(`${server.url}/sandbox/personas`, {}).then(
      (res) => personasSchema.parse(JSON.parse(res.body)).personas[0]?.accessToken ?? '',
    )
    const res = await send(`${server.url}/api/v4/businesses`, {
      Host: 'evil.example',
      Authorization: `Bearer ${token}`,
    })
    const [business] = businessesPageSchema.parse(JSON.parse(res.body)).data
    expect(business?.imageURL).toBe(
      `${server.url}/sandbox/business-images/${business?.businessID ?? ''}.svg`,
    )
  })

  it('refuses a rebound host name and a foreign origin, and answers its own', async () => {
    // With the demo sign-ins on, /sandbox/personas is the sandbox's to refuse or answer.
    server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '127.0.0.1',
      devTokenSignIn: true,
    })
    const personas = `${server.url}/sandbox/personas`
    const port = new URL(server.url).port
    expect(await get(personas, { Host: `evil.example:${port}` })).toEqual({
      status: 403,
      cors: undefined,
    })
    expect(await get(personas, { Origin: FOREIGN })).toEqual({ status: 403, cors: undefined })
    expect(await get(personas, {})).toEqual({ status: 200, cors: undefined })
  })
})
