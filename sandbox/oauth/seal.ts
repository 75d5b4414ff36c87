import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { z } from 'zod'
import { tokenResponseSchema } from './token-schemas.ts'

// During a refresh token's grace period, presenting it again returns the pair it was
// already exchanged for, so two gateway instances racing on one refresh end up holding
// the same tokens. The store keeps only hashes, so that pair is kept encrypted
// (AES-256-GCM) under a key derived from the old refresh token: only its holder can open it.

const sealedPairSchema = z.strictObject({
  response: tokenResponseSchema,
  accessExpiresAt: z.number().int(),
})
export type SealedPair = z.output<typeof sealedPairSchema>

const keyFor = (refreshToken: string) =>
  Buffer.from(hkdfSync('sha256', refreshToken, '', 'sandbox refresh successor', 32))

export function sealSuccessor(refreshToken: string, pair: SealedPair): string {
  const iv = randomBytes(12)
  const cipher = createCipheriv('aes-256-gcm', keyFor(refreshToken), iv)
  const data = Buffer.concat([cipher.update(JSON.stringify(pair), 'utf8'), cipher.final()])
  return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64url')
}

/** The sealed pair, or undefined when it cannot be opened with this token. */
export function openSuccessor(refreshToken: string, sealed: string): SealedPair | undefined {
  const bytes = Buffer.from(sealed, 'base64url')
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFor(refreshToken), bytes.subarray(0, 12))
    decipher.setAuthTag(bytes.subarray(12, 28))
    const text = Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()])
    const parsed = sealedPairSchema.safeParse(JSON.parse(text.toString('utf8')))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}
