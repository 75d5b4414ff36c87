import { createHash, randomBytes } from 'node:crypto'

/** 256 random bits, base64url: the only thing the browser holds. */
export function newSessionID(): string {
  return randomBytes(32).toString('base64url')
}

const sessionIDShape = /^[A-Za-z0-9_-]{43}$/

export function isSessionID(value: string): boolean {
  return sessionIDShape.test(value)
}

/** The store keeps only this, so a copy of the database cannot be replayed as cookies. */
export function hashSessionID(id: string): string {
  return createHash('sha256').update(id, 'utf8').digest('hex')
}
