import { createHash } from 'node:crypto'

// RFC 7636: a verifier is 43–128 unreserved characters; an S256 challenge is the
// base64url SHA-256 of it, 43 characters.
export const CODE_VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/
export const S256_CHALLENGE = /^[A-Za-z0-9\-_]{43}$/

export function s256(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url')
}
