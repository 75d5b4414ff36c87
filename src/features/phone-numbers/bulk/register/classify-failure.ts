import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'

export interface ItemError {
  /** Which field of the item Thumbtack named, when it is one we know. */
  field: 'phoneNumber' | 'name' | null
  message: string
}

/**
 * What a failed bulk request means for the rows in it:
 * - `refused`: nothing was stored and `items` says which rows (by index in the request) and why;
 *   the others can be sent again at once.
 * - `rate-limited`: nothing was stored; wait, then send the same again.
 * - `unclear`: the request may or may not have been applied (network, timeout, 5xx), or it was
 *   refused without naming any row: read the list before sending anything again.
 * - `conflict`: a 409, which names no row: someone else registered one of them meanwhile.
 * - `stop`: nothing more can succeed (no permission, signed out, business gone).
 */
export type ChunkFailure =
  | { kind: 'refused'; items: Map<number, ItemError[]> }
  | { kind: 'rate-limited'; seconds: number | undefined }
  | {
      kind: 'unclear'
      message: string
      /** No answer or a 5xx: Thumbtack may be down. */ transient: boolean
    }
  | { kind: 'conflict'; message: string }
  | { kind: 'stop'; reason: 'forbidden' | 'signed-out' | 'not-found'; message: string }

// `phoneNumbers[3].phoneNumber`, as documented; `phoneNumbers.3.name` is accepted too.
const ITEM_FIELD = /^phoneNumbers(?:\[(\d+)\]|\.(\d+))(?:\.(\w+))?/

export function classifyFailure(error: unknown, itemCount: number): ChunkFailure {
  if (!isApiError(error)) {
    return { kind: 'unclear', message: 'Something went wrong sending these.', transient: true }
  }
  const message = describeError(error)
  if (error.isForbidden) return { kind: 'stop', reason: 'forbidden', message }
  if (error.status === 401) return { kind: 'stop', reason: 'signed-out', message }
  if (error.status === 404) return { kind: 'stop', reason: 'not-found', message }
  if (error.status === 429) return { kind: 'rate-limited', seconds: error.retryAfterSeconds }
  if (error.status === 409) return { kind: 'conflict', message }
  if (error.status >= 400 && error.status < 500) {
    const items = itemErrors(error.fieldErrors, itemCount)
    if (items.size > 0) return { kind: 'refused', items }
  }
  // 5xx, network, timeout, a 2xx we could not read, or a refusal that names no row.
  return { kind: 'unclear', message, transient: error.outcomeUnknown }
}

function itemErrors(
  fieldErrors: readonly { field: string; message: string }[],
  itemCount: number,
): Map<number, ItemError[]> {
  const items = new Map<number, ItemError[]>()
  for (const { field, message } of fieldErrors) {
    const match = ITEM_FIELD.exec(field)
    const index = Number(match?.[1] ?? match?.[2] ?? NaN)
    // An index outside the request is not ours to trust: it names no row.
    if (!Number.isInteger(index) || index < 0 || index >= itemCount) continue
    const name = match?.[3]
    const known = name === 'phoneNumber' || name === 'name' ? name : null
    items.set(index, [...(items.get(index) ?? []), { field: known, message }])
  }
  return items
}

const ALREADY_REGISTERED = /already (?:registered|exists)|duplicate/i

/** Whether Thumbtack's words say the number is already there (the sandbox says "already registered"). */
export function saysAlreadyRegistered(errors: readonly ItemError[]): boolean {
  return errors.some((error) => error.field !== 'name' && ALREADY_REGISTERED.test(error.message))
}
