import { describe, expect, it } from 'vitest'
import { appSettingsSchema, parseSettings, sandboxSettingsSchema } from './settings.ts'

describe('settings', () => {
  it('defaults every variable the app server reads', () => {
    const result = parseSettings(appSettingsSchema, {})
    expect(result.ok && result.settings).toMatchObject({
      PORT: 5173,
      HOST: '127.0.0.1',
      SANDBOX_ALLOW_REMOTE_ADMIN: false,
    })
    expect(result.ok && result.settings.SANDBOX_DB).toMatch(/[/\\]\.data[/\\]sandbox\.sqlite$/)
  })

  it('reads the values given, as numbers and a switch', () => {
    const env = { SANDBOX_PORT: '9000', SANDBOX_DB: ':memory:', SANDBOX_ALLOW_REMOTE_ADMIN: '1' }
    expect(parseSettings(sandboxSettingsSchema, env)).toEqual({
      ok: true,
      settings: { SANDBOX_PORT: 9000, SANDBOX_DB: ':memory:', SANDBOX_ALLOW_REMOTE_ADMIN: true },
    })
  })

  it('lists every wrong variable at once, each with what it must be and what it is', () => {
    const env = { PORT: 'eighty', HOST: '', SANDBOX_ALLOW_REMOTE_ADMIN: 'yes' }
    expect(parseSettings(appSettingsSchema, env)).toEqual({
      ok: false,
      problems: [
        'PORT: Must be a port number from 0 to 65535. (it is "eighty")',
        'HOST: Must be a host name or address, e.g. 127.0.0.1. (it is "")',
        'SANDBOX_ALLOW_REMOTE_ADMIN: Must be 0 or 1. (it is "yes")',
      ],
    })
  })

  it.each(['-1', '65536', '80.5'])('refuses the port %s', (value) => {
    const result = parseSettings(sandboxSettingsSchema, { SANDBOX_PORT: value })
    expect(result.ok || result.problems).toEqual([
      `SANDBOX_PORT: Must be a port number from 0 to 65535. (it is "${value}")`,
    ])
  })

  it('ignores the variables an entry point does not read', () => {
    expect(parseSettings(sandboxSettingsSchema, { PORT: 'eighty' }).ok).toBe(true)
    expect(parseSettings(appSettingsSchema, { SANDBOX_PORT: 'eighty' }).ok).toBe(true)
  })
})
