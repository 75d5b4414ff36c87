import { afterEach, describe, expect, it } from 'vitest'

import { SANDBOX_CLIENT_ID } from '../../sandbox/oauth/client.ts'

import type { Gateway } from './create-gateway'
import { parseGatewaySettings } from './gateway-settings'
import { openGateway } from './open-gateway'
import { startFakeThumbtack, type FakeThumbtack } from './testing/fake-thumbtack'

let fake: FakeThumbtack | undefined
let gateway: Gateway | undefined
afterEach(async () => {
  await gateway?.close()
  await fake?.close()
})

describe('openGateway', () => {
  it('in sandbox mode sends sign-in to the sandbox on the app’s own origin', async () => {
    fake = await startFakeThumbtack()
    const result = parseGatewaySettings({ GATEWAY_SQLITE: ':memory:' })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    gateway = await openGateway(result.settings, { sandboxOrigin: fake.origin })
    const login = await gateway.app.request('/auth/login')
    const url = new URL(login.headers.get('Location') ?? '')
    expect(`${url.origin}${url.pathname}`).toBe(`${fake.origin}/oauth2/auth`)
    expect(url.searchParams.get('client_id')).toBe(SANDBOX_CLIENT_ID)
  })
})
