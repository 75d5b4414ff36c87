import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { parseGatewaySettings } from './gateway-settings'

const key = `k1:${randomBytes(32).toString('base64')}`

describe('parseGatewaySettings', () => {
  it('needs nothing in sandbox mode: SQLite, the sandbox client, keys made up at start', () => {
    const result = parseGatewaySettings({}, '/app')
    expect(result).toMatchObject({
      ok: true,
      settings: {
        mode: 'sandbox',
        ephemeralKeys: true,
        database: { kind: 'sqlite', file: '/app/.data/gateway.sqlite' },
        sessionIdleSeconds: 8 * 3600,
        sessionAbsoluteSeconds: 7 * 86_400,
      },
    })
  })

  it('outside sandbox mode lists everything missing at once', () => {
    const result = parseGatewaySettings({ THUMBTACK_ENV: 'production' })
    expect(result.ok).toBe(false)
    const problems = result.ok ? [] : result.problems
    for (const name of [
      'THUMBTACK_CLIENT_ID',
      'THUMBTACK_CLIENT_SECRET',
      'PUBLIC_ORIGIN',
      'SESSION_KEYS',
    ]) {
      expect(problems.some((p) => p.startsWith(name))).toBe(true)
    }
  })

  it('refuses a session key shorter than 32 bytes and an http PUBLIC_ORIGIN', () => {
    const result = parseGatewaySettings({
      THUMBTACK_ENV: 'staging',
      THUMBTACK_CLIENT_ID: 'id',
      THUMBTACK_CLIENT_SECRET: 'secret',
      PUBLIC_ORIGIN: 'http://console.example.com',
      SESSION_KEYS: `k1:${randomBytes(31).toString('base64')}`,
    })
    expect(result.ok ? [] : result.problems).toHaveLength(2)
  })

  it('points staging at Thumbtack’s staging hosts and uses DATABASE_URL when given', () => {
    const result = parseGatewaySettings({
      THUMBTACK_ENV: 'staging',
      THUMBTACK_CLIENT_ID: 'id',
      THUMBTACK_CLIENT_SECRET: 'secret',
      PUBLIC_ORIGIN: 'https://console.example.com/',
      SESSION_KEYS: key,
      DATABASE_URL: 'postgresql://db.internal/console',
    })
    expect(result).toMatchObject({
      ok: true,
      settings: {
        publicOrigin: 'https://console.example.com',
        thumbtack: {
          authBase: 'https://staging-auth.thumbtack.com',
          apiBase: 'https://staging-api.thumbtack.com/api/',
        },
        database: { kind: 'postgres', url: 'postgresql://db.internal/console' },
        ephemeralKeys: false,
      },
    })
  })
})
