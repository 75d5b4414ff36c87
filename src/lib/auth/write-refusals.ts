import { type ApiError } from '@/lib/api/api-error'

/**
 * A sign-in whose scopes the app cannot see (a pasted or demo token) learns that it may
 * not write only when a write is refused. The first such refusal is kept here, so the page
 * turns view-only at once instead of letting the user try every control in turn.
 */
type Listener = () => void

let refused = false
const listeners = new Set<Listener>()

function set(next: boolean) {
  if (refused === next) return
  refused = next
  for (const listener of listeners) listener()
}

/** A refused write: the missing-scope 401, or a 403 that is about the sign-in, not a business. */
export function isWriteRefusal(error: ApiError, method: string): boolean {
  if (method === 'GET') return false
  if (error.isMissingScope) return true
  const type = error.type ?? ''
  // Not linked to one business (the business page explains that) or a CSRF refusal (a bug,
  // not a permission) say nothing about what this sign-in may do elsewhere.
  return (
    error.status === 403 && !type.includes('forbidden-business') && !type.endsWith('csrf-refused')
  )
}

export function noteRefusal(error: ApiError, method: string): void {
  if (isWriteRefusal(error, method)) set(true)
}

export function writesRefused(): boolean {
  return refused
}

/** A new sign-in starts with a clean slate. */
export function forgetWriteRefusals(): void {
  set(false)
}

export function subscribeToWriteRefusals(listener: Listener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
