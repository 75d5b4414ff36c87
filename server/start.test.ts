import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

// `npm start` outside sandbox mode with nothing configured: the list, exit 1, no stack.

describe('npm start in production with no secrets', () => {
  it('refuses to start and names every missing variable, without a stack trace', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'server/start.ts'], {
      env: { PATH: process.env.PATH ?? '', THUMBTACK_ENV: 'production', PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('Cannot start: fix these environment variables.')
    for (const name of [
      'THUMBTACK_CLIENT_ID',
      'THUMBTACK_CLIENT_SECRET',
      'PUBLIC_ORIGIN',
      'SESSION_KEYS',
    ]) {
      expect(run.stderr).toContain(name)
    }
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.stdout).not.toContain('Numbers Console on')
  })
})
