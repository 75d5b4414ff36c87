import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createSandbox } from '../sandbox/app.ts'
import { expectProblem } from '../sandbox/testing/harness.ts'
import { composeApp } from './app.ts'
import { contentSecurityPolicy } from './security-headers.ts'

// The app server's routes in process: the upstream first, then the built app. Hashed
// assets' caching is checked over a socket (app-server.test.ts): serveStatic sets that
// header on the Node response only.

const dist = mkdtempSync(path.join(tmpdir(), 'numbers-console-dist-'))
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Numbers Console</title>')
mkdirSync(path.join(dist, 'assets'))
// A script of some size, as the built app's are: small answers are not worth compressing.
const script = 'console.log("Numbers Console")\n'.repeat(200)
writeFileSync(path.join(dist, 'assets', 'app.js'), script)

const upstream = createSandbox({ dbPath: ':memory:' })
afterAll(() => {
  upstream.close()
  rmSync(dist, { recursive: true, force: true })
})

const built = composeApp({ upstream, staticDir: dist })

describe('the app server with the built app', () => {
  it('answers a deep link with the app, not cached, under the content security policy', async () => {
    const res = await built.request('/businesses/5343987659230309812/numbers/new')
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>Numbers Console</title>')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('leaves /api/ and /sandbox/ to the upstream: an unknown path is a Problem, not the app', async () => {
    const unknown = [
      ['/api/v4/nope', 401, 'invalid-token'],
      ['/sandbox/nope', 404, 'not-found'],
    ] as const
    for (const [url, status, kind] of unknown) {
      const res = await built.request(url)
      await expectProblem(res, status, kind)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('content-security-policy')).toBe(contentSecurityPolicy)
    }
  })
})

describe('compression', () => {
  it('gzips a large answer for a client that accepts it, and sends it plain to one that does not', async () => {
    const plain = await built.request('/assets/app.js')
    expect(plain.status).toBe(200)
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(await plain.text()).toBe(script)

    const zipped = await built.request('/assets/app.js', {
      headers: { 'Accept-Encoding': 'gzip, deflate, br' },
    })
    expect(zipped.status).toBe(200)
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(zipped.headers.get('x-content-type-options')).toBe('nosniff')
    const bytes = Buffer.from(await zipped.arrayBuffer())
    expect(bytes.length).toBeLessThan(script.length / 10)
    expect(gunzipSync(bytes).toString('utf8')).toBe(script)
  })
})

describe('the app server in dev (Vite serves the pages)', () => {
  const dev = composeApp({ upstream })

  it('serves the upstream with every header but the policy, which Vite inline scripts break', async () => {
    const res = await dev.request('/sandbox/nope')
    await expectProblem(res, 404, 'not-found')
    expect(res.headers.get('content-security-policy')).toBeNull()
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
  })
})
