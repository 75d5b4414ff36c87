import type { AuditAction, AuditNumberState, AuditState } from './audit-entry'
import { jsonOf, requestedNumberSchema, requestedNumbersOf } from './upstream-shapes'

export type WriteAction = Extract<AuditAction, 'create' | 'update' | 'delete' | 'bulk-create'>

/** A write as the history sees it before Thumbtack answers. */
export interface WriteCall {
  action: WriteAction
  businessID: string
  phoneNumberID: string | null
  /** What the browser asked for (null for a delete, or a body that is not the shape). */
  requested: AuditState | null
  /** The one number the write is about, when there is one. */
  phoneNumber: string | null
}

const actions: Record<string, WriteAction> = {
  register: 'create',
  update: 'update',
  remove: 'delete',
  bulk: 'bulk-create',
}

// The allowlist has already matched the path against fixed words and `\d+` IDs.
const pathIDs = /^v4\/businesses\/(\d+)\/associate-phone-numbers(?:-bulk-create)?(?:\/(\d+))?$/

/** The history's view of one of the contract's four writes, or undefined for a read. */
export function writeCallOf(
  callName: string,
  upstreamPath: string,
  body: ArrayBuffer | undefined,
): WriteCall | undefined {
  const action = actions[callName]
  const ids = pathIDs.exec(upstreamPath)
  if (action === undefined || !ids?.[1]) return undefined
  const json = body === undefined ? null : jsonOf(new TextDecoder().decode(body))
  let requested: AuditState | null = null
  let phoneNumber: string | null = null
  if (action === 'bulk-create') {
    const numbers: AuditNumberState[] = requestedNumbersOf(json)
    requested = numbers.length > 0 ? { phoneNumbers: numbers } : null
  } else if (action !== 'delete') {
    const parsed = requestedNumberSchema.safeParse(json)
    requested = parsed.success ? parsed.data : null
    phoneNumber = parsed.success ? parsed.data.phoneNumber : null
  }
  return { action, businessID: ids[1], phoneNumberID: ids[2] ?? null, requested, phoneNumber }
}
