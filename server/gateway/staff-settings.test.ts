import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { STAFF_CLIENT_ID } from '../../sandbox/staff-idp/staff-people.ts'
import { parseGatewaySettings } from './gateway-settings'

const production = {
  THUMBTACK_ENV: 'production',
  THUMBTACK_CLIENT_ID: 'id',
  THUMBTACK_CLIENT_SECRET: 'secret',
  PUBLIC_ORIGIN: 'https://console.example.com',
  SESSION_KEYS: `k1:${randomBytes(32).toString('base64')}`,
}

describe('staff sign-in settings', () => {
  it('point at the sandbox’s provider in sandbox mode, role claim numbers_console_role', () => {
    const result = parseGatewaySettings({}, '/app')
    expect(result).toMatchObject({
      ok: true,
      settings: { staff: { client: { id: STAFF_CLIENT_ID }, roleClaim: 'numbers_console_role' } },
    })
    expect(result.ok && result.settings.staff?.issuer).toBeUndefined()
  })

  it('are off outside sandbox mode until given', () => {
    const result = parseGatewaySettings(production, '/app')
    expect(result.ok && result.settings.staff).toBeUndefined()
  })

  it('take the company’s issuer, client and claim name', () => {
    const result = parseGatewaySettings({
      ...production,
      STAFF_OIDC_ISSUER: 'https://id.example.com/realms/staff',
      STAFF_OIDC_CLIENT_ID: 'console',
      STAFF_OIDC_CLIENT_SECRET: 's3cret',
      STAFF_ROLE_CLAIM: 'groups_role',
    })
    expect(result).toMatchObject({
      ok: true,
      settings: {
        staff: {
          issuer: 'https://id.example.com/realms/staff',
          client: { id: 'console', secret: 's3cret' },
          roleClaim: 'groups_role',
        },
      },
    })
  })

  it('name what is missing when only part is given, and refuse an http issuer', () => {
    const partial = parseGatewaySettings({
      ...production,
      STAFF_OIDC_ISSUER: 'https://id.example.com',
    })
    expect(partial).toEqual({
      ok: false,
      problems: [
        'STAFF_OIDC_CLIENT_ID, STAFF_OIDC_CLIENT_SECRET missing: staff sign-in needs the issuer, client ID and secret together.',
      ],
    })
    const plain = parseGatewaySettings({
      ...production,
      STAFF_OIDC_ISSUER: 'http://id.example.com',
      STAFF_OIDC_CLIENT_ID: 'console',
      STAFF_OIDC_CLIENT_SECRET: 's3cret',
    })
    expect(plain).toEqual({
      ok: false,
      problems: ['STAFF_OIDC_ISSUER must be https outside sandbox mode.'],
    })
  })

  it('refuses a role claim name with spaces, naming the variable', () => {
    const result = parseGatewaySettings({ STAFF_ROLE_CLAIM: 'my role' })
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/^STAFF_ROLE_CLAIM: Must be a claim name/),
    ])
  })
})
