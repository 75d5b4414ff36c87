import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { startAppServer } from './app-server.ts'
import { type RunningServer } from './listen.ts'

// What `npm start` serves from dist/, over a real socket: no source of the app to whoever
// asks, a 404 for a file that is not there, and the security headers even on the answers
// Node itself writes for a request it cannot parse.

const dist = mkdtempSync(path.join(tmpdir(), 'numbers-console-dist-'))
mkdirSync(path.join(dist, 'assets'))
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Numbers Console</title>')
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
writeFileSync(path.join(dist, 'assets', 'index-abc123.js.map'), '{"sourcesContent":["secret"]}')
afterAll(() => {
  rmSync(dist, { recursive: true, force: true })
})

let server: RunningServer | undefined
afterEach(async () => {
  await server?.close()
  server = undefined
})

async function serve(options: { serveSourceMaps?: boolean } = {}) {
  server = await startAppServer({
    dbPath: ':memory:',
    port: 0,
    host: '127.0.0.1',
    staticDir: dist,
    ...options,
  })
  return server.url
}

/** Sends bytes as they are (no client would let us send them malformed) and reads the answer. */
async function rawRequest(url: string, bytes: string): Promise<string> {
  const { hostname, port } = new URL(url)
  return await new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(bytes))
    let answer = ''
    socket.setEncoding('latin1')
    socket.on('data', (chunk: string) => (answer += chunk))
    socket.on('end', () => resolve(answer))
    socket.on('error', reject)
  })
}

describe('production serving', () => {
  it('does not serve source maps unless asked to (SERVE_SOURCE_MAPS=1)', async () => {
    const url = await serve()
    const map = await fetch(`${url}/assets/index-abc123.js.map`)
    expect(map.status).toBe(404)
    expect(await map.text()).not.toContain('secret')
    expect((await fetch(`${url}/assets/index-abc123.js`)).status).toBe(200)
    await server?.close()

    const withMaps = await serve({ serveSourceMaps: true })
    const served = await fetch(`${withMaps}/assets/index-abc123.js.map`)
    expect(served.status).toBe(200)
    expect(await served.text()).toContain('secret')
  })

  it.each(['/assets/x.js', '/assets/index-abc123.css', '/assets/deeper/x', '/robots.txt'])(
    'answers 404 for a missing file, %s, not the app page',
    async (missing) => {
      const url = await serve()
      const res = await fetch(`${url}${missing}`)
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('<title>Numbers Console</title>')
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    },
  )

  it('still answers a deep link with the app page', async () => {
    const url = await serve()
    const res = await fetch(`${url}/businesses/5343987659230309812/numbers/new`)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Numbers Console</title>')
  })

  it.each([
    ['a malformed request line', 'HELLO THERE\r\n\r\n'],
    ['a header with no colon', 'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNot a header\r\n\r\n'],
    [
      'a control character in a header',
      'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\u0001b\r\n\r\n',
    ],
  ])('answers %s with 400 and the security headers', async (_what, bytes) => {
    const url = await serve()
    const answer = await rawRequest(url, bytes)
    expect(answer).toMatch(/^HTTP\/1\.1 400 /)
    const head = answer.split('\r\n\r\n')[0]?.toLowerCase() ?? ''
    expect(head).toContain('x-content-type-options: nosniff')
    expect(head).toContain('referrer-policy: no-referrer')
    expect(head).toContain('x-frame-options: deny')
    expect(head).toContain("content-security-policy: default-src 'self'")
    expect(head).toContain('connection: close')
  })
})
