import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { personasSchema } from '../sandbox/contract/sandbox-controls.ts'
import { expectProblem } from '../sandbox/testing/harness.ts'
import { startAppServer } from './app-server.ts'
import { type RunningServer } from './listen.ts'

// The sandbox's controls answer loopback clients only: here through a real socket, as
// `npm start` with HOST=0.0.0.0 serves them (sandbox/loopback-only.test.ts: in process).

/** An address of this machine that is not loopback, if it has one. */
function externalIPv4(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((info) => info?.family === 'IPv4' && !info.internal)?.address
}

describe('the app server on a real socket', () => {
  let server: RunningServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('serves the personas to a client on 127.0.0.1, as the dashboard signs in', async () => {
    server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '127.0.0.1',
      devTokenSignIn: true,
    })
    const res = await fetch(`${server.url}/sandbox/personas`)
    expect(res.status).toBe(200)
    expect(personasSchema.parse(await res.json()).personas).toHaveLength(4)
  })

  it('offers no demo sign-ins unless DEV_TOKEN_SIGN_IN is on', async () => {
    server = await startAppServer({ dbPath: ':memory:', port: 0, host: '127.0.0.1' })
    await expectProblem(await fetch(`${server.url}/sandbox/personas`), 404, 'not-found')
    const session = await fetch(`${server.url}/auth/session`)
    expect(await session.json()).toEqual({
      signedIn: false,
      devTokenSignIn: false,
      staffSignIn: true,
    })
  })

  const external = externalIPv4()
  it.skipIf(external === undefined)(
    'refuses the controls to a client reaching it over the network address',
    async () => {
      server = await startAppServer({
        dbPath: ':memory:',
        port: 0,
        host: '0.0.0.0',
        devTokenSignIn: true,
      })
      const port = new URL(server.url).port
      const remote = `http://${external ?? ''}:${port}`
      await expectProblem(await fetch(`${remote}/sandbox/personas`), 403, 'loopback-only')
      const reset = await fetch(`${remote}/sandbox/reset`, { method: 'POST' })
      await expectProblem(reset, 403, 'loopback-only')
      // The same server still answers this computer.
      expect((await fetch(`http://127.0.0.1:${port}/sandbox/personas`)).status).toBe(200)
    },
  )

  it.skipIf(external === undefined)('answers them when remote admin is allowed', async () => {
    server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '0.0.0.0',
      allowRemoteAdmin: true,
      devTokenSignIn: true,
    })
    const port = new URL(server.url).port
    expect((await fetch(`http://${external ?? ''}:${port}/sandbox/personas`)).status).toBe(200)
  })
})

describe('the app server with the built app', () => {
  const dist = mkdtempSync(path.join(tmpdir(), 'numbers-console-dist-'))
  mkdirSync(path.join(dist, 'assets'))
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Numbers Console</title>')
  writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1)')
  afterAll(() => {
    rmSync(dist, { recursive: true, force: true })
  })

  it('lets browsers keep hashed assets for good, and serves the app on every other path', async () => {
    const server = await startAppServer({
      dbPath: ':memory:',
      port: 0,
      host: '127.0.0.1',
      staticDir: dist,
    })
    try {
      const asset = await fetch(`${server.url}/assets/index-abc123.js`)
      expect(await asset.text()).toBe('console.log(1)')
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
      const page = await fetch(`${server.url}/businesses/1/numbers`)
      expect(await page.text()).toContain('<title>Numbers Console</title>')
      expect(page.headers.get('cache-control')).toBe('no-cache')
    } finally {
      await server.close()
    }
  })
})
