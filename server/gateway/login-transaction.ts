import { z } from 'zod'

import type { TokenCipher } from './token-cipher'

/**
 * The sign-in in progress (state, PKCE verifier, where to go back to), sealed into its own
 * cookie, so whichever instance gets the callback can finish it: no server-side state.
 */
export const loginTransactionSchema = z.object({
  state: z.string().min(32),
  codeVerifier: z.string().min(43),
  returnTo: z.string().startsWith('/'),
  /** Epoch ms; the transaction lives LOGIN_TTL_SECONDS. */
  startedAt: z.number().int(),
  /** Which sign-in started it, so a staff callback cannot finish a pro's login or back. */
  kind: z.enum(['pro', 'staff']).default('pro'),
  /** OpenID Connect's nonce (staff only): the ID token must carry it back. */
  nonce: z.string().min(32).optional(),
})
export type LoginTransaction = z.infer<typeof loginTransactionSchema>

export const LOGIN_TTL_SECONDS = 600
const context = 'numbers-console login transaction'

export function sealLogin(cipher: TokenCipher, tx: LoginTransaction): string {
  return cipher.seal(JSON.stringify(tx), context)
}

/** Undefined when missing, forged, sealed with a retired key, or older than ten minutes. */
export function openLogin(
  cipher: TokenCipher,
  sealed: string | undefined,
  now: number,
): LoginTransaction | undefined {
  const json = sealed === undefined ? undefined : cipher.open(sealed, context)
  if (json === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(json)
  } catch {
    return undefined
  }
  const parsed = loginTransactionSchema.safeParse(value)
  if (!parsed.success) return undefined
  const age = now - parsed.data.startedAt
  return age >= 0 && age <= LOGIN_TTL_SECONDS * 1000 ? parsed.data : undefined
}
