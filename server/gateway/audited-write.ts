import { randomUUID } from 'node:crypto'

import { actorFromSession } from '../audit/audit-actor'
import type { AuditEntry, AuditNumberState } from '../audit/audit-entry'
import { outcomeOf, type WriteAnswer } from '../audit/write-outcome'
import { writeCallOf } from '../audit/write-call'
import type { SessionRecord } from '../store/gateway-store'
import type { GatewayDeps } from './gateway-deps'
import type { UpstreamRequest, UpstreamResult } from './upstream'

/** A write on record: its attempt row is written; one of these writes the outcome row. */
export interface AuditedWrite {
  /** Thumbtack answered, or did not: the outcome row, before the browser hears anything. */
  finish(result: UpstreamResult): Promise<void>
  /** It never left the gateway (the sign-in ended or could not be renewed). */
  notSent(detail: string): Promise<void>
}

const message = (e: unknown) => (e instanceof Error ? e.message : 'unknown')

async function answerOf(result: UpstreamResult): Promise<WriteAnswer> {
  if (result.kind === 'unreachable') return result
  const { response } = result
  // A clone, so the browser still gets the whole body.
  const body = await response
    .clone()
    .text()
    .catch(() => '')
  const traceHeader = response.headers.get('x-trace-id')
  return { kind: 'answered', status: response.status, body, traceHeader }
}

/**
 * Writes the attempt row of a write and returns what finishes it; undefined for a read.
 * 'unrecorded' when the row could not be written: the write is then not sent, since a
 * change with no record is exactly what the history promises never happens.
 */
export async function beginAuditedWrite(
  deps: GatewayDeps,
  session: SessionRecord,
  grantID: string,
  request: UpstreamRequest,
): Promise<AuditedWrite | 'unrecorded' | undefined> {
  const call = writeCallOf(request.call.name, request.upstreamPath, request.body)
  if (!call) return undefined
  const { businessID, phoneNumberID } = call
  const before: AuditNumberState | null =
    phoneNumberID === null ? null : deps.seen.number(grantID, businessID, phoneNumberID)
  const row = (fields: Partial<AuditEntry> & Pick<AuditEntry, 'phase'>): AuditEntry => ({
    id: randomUUID(),
    at: deps.now(),
    requestID: request.requestID,
    actor: actorFromSession(session),
    businessID,
    businessName: deps.seen.businessName(grantID, businessID),
    phoneNumberID,
    phoneNumber: call.phoneNumber ?? before?.phoneNumber ?? null,
    action: call.action,
    before,
    after: null,
    upstreamStatus: null,
    traceID: null,
    result: null,
    detail: null,
    ...fields,
  })
  const unseen = phoneNumberID !== null && before === null
  try {
    await deps.store.audit.append(
      row({
        phase: 'attempt',
        after: call.requested,
        detail: unseen ? 'This server had not listed the number before the change.' : null,
      }),
    )
  } catch (error) {
    deps.log(
      `history: the attempt row was not written, so the write was not sent (${message(error)})`,
    )
    return 'unrecorded'
  }
  const outcome = async (fields: Partial<AuditEntry>) => {
    try {
      await deps.store.audit.append(row({ phase: 'outcome', ...fields }))
    } catch (error) {
      deps.log(
        `history: the outcome row of ${request.requestID} was not written (${message(error)})`,
      )
    }
  }
  return {
    async finish(result) {
      const o = outcomeOf(call, await answerOf(result), before)
      await outcome({ ...o, phoneNumber: o.phoneNumber ?? before?.phoneNumber ?? null })
      if (o.result === 'done' && o.phoneNumberID !== null && o.after && 'name' in o.after) {
        deps.seen.sawNumber(grantID, businessID, o.phoneNumberID, o.after)
      }
    },
    notSent: (detail) => outcome({ result: 'refused', detail }),
  }
}
