import { describe, expect } from 'vitest'
import { faultSettingsSchema as faultsSchema } from './contract/sandbox-controls.ts'
import { expectProblem, numbersPath, RIVERA, test } from './testing/harness.ts'

// A page on another site must not reach the sandbox through the visitor's browser: no
// CORS grant for its origin, its requests to the controls refused, and a host name of its
// own pointed at 127.0.0.1 (DNS rebinding) refused outright.

const FOREIGN = 'https://evil.example'

const controls = [
  { method: 'GET', path: '/sandbox/personas' },
  { method: 'POST', path: '/sandbox/reset' },
  { method: 'GET', path: '/sandbox/faults' },
  { method: 'PUT', path: '/sandbox/faults', json: { errorRate: 1 } },
  { method: 'GET', path: '/sandbox/requests' },
]

describe('CORS', () => {
  test.for([
    '/sandbox/personas',
    '/sandbox/faults',
    `/sandbox/business-images/${RIVERA}.svg`,
    numbersPath(RIVERA),
    '/api/v4/users/self',
  ])('grants no foreign origin anything at %s, preflight included', async (path, { h }) => {
    const get = await h.send('GET', path, { as: 'pat-rivera', headers: { Origin: FOREIGN } })
    expect(get.headers.get('access-control-allow-origin')).toBeNull()
    const preflight = await h.app.request(path, {
      method: 'OPTIONS',
      headers: {
        Origin: FOREIGN,
        'Access-Control-Request-Method': 'PUT',
        'Access-Control-Request-Headers': 'authorization, content-type',
      },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull()
  })
})

describe('the sandbox controls and a foreign page', () => {
  test.for([FOREIGN, 'null', 'http://localhost:3000', 'http://127.0.0.1.evil.example'])(
    'refuse every control for Origin %s with a 403 that says why',
    async (origin, { h }) => {
      for (const { method, path, json } of controls) {
        const res = await h.send(method, path, { headers: { Origin: origin }, json })
        const problem = await expectProblem(res, 403, 'foreign-origin')
        expect(problem.detail).toMatch(/another site/)
      }
    },
  )

  test('refuse a cross-site request that carries no Origin (Sec-Fetch-Site)', async ({ h }) => {
    const headers = { 'Sec-Fetch-Site': 'cross-site' }
    await expectProblem(
      await h.send('GET', '/sandbox/personas', { headers }),
      403,
      'foreign-origin',
    )
  })

  test('change nothing for a refused page: the faults stay off', async ({ h }) => {
    const json = { errorRate: 1 }
    expect(
      (await h.send('PUT', '/sandbox/faults', { json, headers: { Origin: FOREIGN } })).status,
    ).toBe(403)
    const faults = faultsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(faults.errorRate).toBe(0)
  })

  test("answer the app's own pages (same origin) and clients that send no Origin", async ({
    h,
  }) => {
    const own = { Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' }
    for (const { method, path, json } of controls) {
      expect((await h.send(method, path, { headers: own, json })).status, path).toBe(200)
      expect((await h.send(method, path, { json })).status, path).toBe(200)
    }
  })
})

describe('the Host header (DNS rebinding)', () => {
  test.for(['evil.example', 'evil.example:5173', '127.0.0.1.nip.io', 'localhost.evil.example', ''])(
    'refuses Host %j everywhere with a 403 Problem',
    async (host, { h }) => {
      for (const path of ['/sandbox/personas', numbersPath(RIVERA), '/api/v4/businesses']) {
        const res = await h.send('GET', path, { as: 'pat-rivera', headers: { Host: host } })
        const problem = await expectProblem(res, 403, 'unknown-host')
        expect(problem.detail).toMatch(/127\.0\.0\.1, localhost or \[::1\]/)
      }
    },
  )

  test.for(['127.0.0.1', '127.0.0.1:5173', 'localhost:8787', 'LOCALHOST', '[::1]', '[::1]:80'])(
    'answers this computer by its own names (%s)',
    async (host, { h }) => {
      expect((await h.send('GET', '/sandbox/personas', { headers: { Host: host } })).status).toBe(
        200,
      )
    },
  )

  describe('with a host name configured', () => {
    test.override('harnessOptions', { allowedHosts: ['console.test'] })

    test('answers a configured host name too', async ({ h }) => {
      const headers = { Host: 'console.test:5173' }
      expect((await h.send('GET', '/sandbox/personas', { headers })).status).toBe(200)
    })
  })
})
