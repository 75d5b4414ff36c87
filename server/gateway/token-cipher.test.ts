import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { createTokenCipher, parseSessionKeys } from './token-cipher'

const key = (kid: string) => ({ kid, key: randomBytes(32) })

describe('the token cipher', () => {
  it('opens what it sealed, for the same context only', () => {
    const cipher = createTokenCipher([key('k1')])
    const sealed = cipher.seal('at-secret', 'grant 1 access')
    expect(sealed).not.toContain('at-secret')
    expect(cipher.open(sealed, 'grant 1 access')).toBe('at-secret')
    expect(cipher.open(sealed, 'grant 2 access')).toBeUndefined()
  })

  it('rotates: a new first key seals, the old one still opens until it is removed', () => {
    const old = key('old')
    const fresh = key('new')
    const sealedOld = createTokenCipher([old]).seal('t', 'c')
    const rotated = createTokenCipher([fresh, old])
    expect(rotated.seal('t', 'c')).toMatch(/^v1\.new\./)
    expect(rotated.open(sealedOld, 'c')).toBe('t')
    expect(createTokenCipher([fresh]).open(sealedOld, 'c')).toBeUndefined()
  })

  it('refuses a tampered ciphertext', () => {
    const cipher = createTokenCipher([key('k1')])
    const sealed = cipher.seal('at-secret', 'c')
    const parts = sealed.split('.')
    const body = Buffer.from(parts[3] ?? '', 'base64url')
    body[0] = (body[0] ?? 0) ^ 1
    parts[3] = body.toString('base64url')
    expect(cipher.open(parts.join('.'), 'c')).toBeUndefined()
  })
})

describe('SESSION_KEYS', () => {
  it('reads kid:base64 pairs, first one first', () => {
    const a = randomBytes(32).toString('base64')
    const b = randomBytes(32).toString('base64')
    const { keys, problems } = parseSessionKeys(`2026b:${b}, 2026a:${a}`)
    expect(problems).toEqual([])
    expect(keys.map((k) => k.kid)).toEqual(['2026b', '2026a'])
  })

  it('names every weak or malformed entry', () => {
    const short = randomBytes(16).toString('base64')
    const good = randomBytes(32).toString('base64')
    const { problems } = parseSessionKeys(`a:${short},b,c:${good},c:${good}`)
    expect(problems).toHaveLength(3)
    expect(problems[0]).toContain('entry 1')
    expect(problems[2]).toContain('"c" twice')
  })
})
