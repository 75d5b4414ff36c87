import { createHash } from 'node:crypto'

/** What the store keeps of a code or token: its SHA-256, hex. The value itself is never stored. */
export function secretHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex')
}
