import { describe, expect, it } from 'vitest'
import { createSandbox } from './app.ts'
import { isLoopbackAddress } from './loopback-only.ts'
import { phoneNumberListSchema } from './contract/phone-numbers.ts'
import { faultSettingsSchema } from './contract/sandbox-controls.ts'
import { expectProblem, numbersPath, RIVERA, test } from './testing/harness.ts'

// The sandbox's controls answer loopback clients only, unless remote admin is allowed.
// In process, the caller's address is injected (app.request() has no socket); the app
// server's tests (server/app-server.test.ts) check the socket lookup on a real one.

const adminRequests = [
  { method: 'GET', path: '/sandbox/personas' },
  { method: 'POST', path: '/sandbox/reset' },
  { method: 'GET', path: '/sandbox/faults' },
  { method: 'PUT', path: '/sandbox/faults', json: { errorRate: 1 } },
  { method: 'GET', path: '/sandbox/requests' },
]

const loopbackAddresses = ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1']
const otherAddresses = [
  '192.0.2.2',
  '10.0.0.5',
  '::ffff:192.168.1.2',
  'fd00::2',
  'fe80::1',
  '0.0.0.0',
  '128.0.0.1',
  '::',
]

describe('isLoopbackAddress', () => {
  it.each(loopbackAddresses)('%s is loopback', (address) => {
    expect(isLoopbackAddress(address)).toBe(true)
  })
  it.each([...otherAddresses, '', 'localhost', 'not an address', '127.0.0.1.evil', undefined])(
    '%j is not',
    (address) => {
      expect(isLoopbackAddress(address)).toBe(false)
    },
  )
})

describe('sandbox controls, in process', () => {
  test.for(loopbackAddresses)('answer a loopback client (%s)', async (address, { h }) => {
    h.setClientAddress(address)
    for (const { method, path, json } of adminRequests) {
      const res = await h.send(method, path, json === undefined ? {} : { json })
      expect(res.status, `${method} ${path}`).toBe(200)
    }
  })

  test.for([...otherAddresses, undefined])(
    'refuse %j with a 403 that says why and how to allow it',
    async (address, { h }) => {
      h.setClientAddress(address)
      for (const { method, path, json } of adminRequests) {
        const res = await h.send(method, path, json === undefined ? {} : { json })
        const problem = await expectProblem(res, 403, 'loopback-only')
        expect(problem.detail).toMatch(/only this computer/)
        expect(problem.detail).toContain('SANDBOX_ALLOW_REMOTE_ADMIN=1')
      }
    },
  )

  test('change nothing for a refused client: no reset, no faults', async ({ h }) => {
    h.setClientAddress('192.0.2.2')
    const json = { phoneNumber: '+12065550142', name: 'Kept' }
    expect((await h.send('POST', numbersPath(RIVERA), { as: 'pat-rivera', json })).status).toBe(201)
    expect((await h.send('POST', '/sandbox/reset')).status).toBe(403)
    expect((await h.send('PUT', '/sandbox/faults', { json: { errorRate: 1 } })).status).toBe(403)

    h.setClientAddress('127.0.0.1')
    const faults = faultSettingsSchema.parse(await (await h.send('GET', '/sandbox/faults')).json())
    expect(faults.errorRate).toBe(0)
    const list = await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })
    const numbers = phoneNumberListSchema.parse(await list.json()).phoneNumbers
    expect(numbers.map((n) => n.name)).toContain('Kept')
  })

  test('leave the API and the business images open to every client', async ({ h }) => {
    h.setClientAddress('192.0.2.2')
    expect((await h.send('GET', numbersPath(RIVERA), { as: 'pat-rivera' })).status).toBe(200)
    const image = await h.send('GET', `/sandbox/business-images/${RIVERA}.svg`)
    expect(image.status).toBe(200)
  })

  test('still answer a wrong method with 405 for a loopback client, 403 for others', async ({
    h,
  }) => {
    expect((await h.send('DELETE', '/sandbox/requests')).status).toBe(405)
    h.setClientAddress('10.0.0.5')
    expect((await h.send('DELETE', '/sandbox/requests')).status).toBe(403)
  })

  describe('with remote admin allowed', () => {
    test.override('harnessOptions', { clientAddress: '192.0.2.2', allowRemoteAdmin: true })

    test('answer everyone', async ({ h }) => {
      for (const { method, path, json } of adminRequests) {
        const res = await h.send(method, path, json === undefined ? {} : { json })
        expect(res.status, `${method} ${path}`).toBe(200)
      }
    })
  })
})

describe('the default address lookup', () => {
  it('treats a request with no socket (address unknown) as not loopback', async () => {
    const sandbox = createSandbox({ dbPath: ':memory:' })
    try {
      await expectProblem(await sandbox.app.request('/sandbox/personas'), 403, 'loopback-only')
      await expectProblem(
        await sandbox.app.request('/sandbox/reset', { method: 'POST' }),
        403,
        'loopback-only',
      )
    } finally {
      sandbox.close()
    }
  })
})
