import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

import { z } from 'zod'

/**
 * AES-256-GCM for tokens at rest and for the sealed login cookie. A sealed value is
 * `v1.<kid>.<iv>.<ciphertext>.<tag>` (base64url parts), so keys rotate: the first key seals,
 * every listed key opens. `context` is bound as additional data, so a value sealed for one
 * row or purpose does not open anywhere else.
 */
export const sessionKeySchema = z.object({
  kid: z.string().regex(/^[A-Za-z0-9_-]{1,16}$/),
  key: z.instanceof(Buffer).refine((k) => k.length === 32, 'a key must be 32 bytes'),
})
export type SessionKey = z.infer<typeof sessionKeySchema>

export interface TokenCipher {
  seal: (plain: string, context: string) => string
  /** Undefined for anything that was not sealed by one of our keys for this context. */
  open: (sealed: string, context: string) => string | undefined
}

const sealedShape =
  /^v1\.([A-Za-z0-9_-]{1,16})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]*)\.([A-Za-z0-9_-]{22})$/

export function createTokenCipher(keys: readonly SessionKey[]): TokenCipher {
  const [current] = keys
  if (!current) throw new Error('At least one session key is needed.')
  const byKid = new Map(keys.map((k) => [k.kid, k.key]))
  return {
    seal(plain, context) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', current.key, iv)
      cipher.setAAD(Buffer.from(context, 'utf8'))
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      const parts = [iv, body, cipher.getAuthTag()].map((b) => b.toString('base64url'))
      return ['v1', current.kid, ...parts].join('.')
    },
    open(sealed, context) {
      const match = sealedShape.exec(sealed)
      const key = match?.[1] === undefined ? undefined : byKid.get(match[1])
      if (!match || !key) return undefined
      const [, , iv = '', body = '', tag = ''] = match
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'))
        decipher.setAAD(Buffer.from(context, 'utf8'))
        decipher.setAuthTag(Buffer.from(tag, 'base64url'))
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ])
        return plain.toString('utf8')
      } catch {
        return undefined
      }
    },
  }
}

/** `SESSION_KEYS=kid:base64key,kid2:base64key`: the keys, or what is wrong with them. */
export function parseSessionKeys(raw: string): { keys: SessionKey[]; problems: string[] } {
  const keys: SessionKey[] = []
  const problems: string[] = []
  for (const [index, entry] of raw.split(',').entries()) {
    const [kid = '', encoded = ''] = entry.trim().split(':')
    const parsed = sessionKeySchema.safeParse({ kid, key: Buffer.from(encoded, 'base64') })
    if (!parsed.success) {
      problems.push(
        `SESSION_KEYS entry ${index + 1} must be <kid>:<base64 of 32 random bytes> (kid: letters, digits, - or _, at most 16); generate one with \`openssl rand -base64 32\`.`,
      )
    } else if (keys.some((k) => k.kid === kid)) {
      problems.push(`SESSION_KEYS names key "${kid}" twice.`)
    } else {
      keys.push(parsed.data)
    }
  }
  return { keys, problems }
}
