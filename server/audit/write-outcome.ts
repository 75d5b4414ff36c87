import { z } from 'zod'

import type { AuditNumberState, AuditResult, AuditState } from './audit-entry'
import { recordOf } from './seen-upstream'
import { jsonOf, numberRecordsOf, stateOf } from './upstream-shapes'
import type { WriteCall } from './write-call'

/** Thumbtack's answer as the history needs it, or the fact that none came. */
export type WriteAnswer =
  | { kind: 'unreachable'; reason: string }
  | { kind: 'answered'; status: number; body: string; traceHeader: string | null }

export interface WriteOutcome {
  upstreamStatus: number | null
  traceID: string | null
  result: AuditResult
  detail: string | null
  after: AuditState | null
  /** A create learns its number's ID from the answer. */
  phoneNumberID: string | null
  phoneNumber: string | null
}

const traced = z.object({ traceID: z.string().max(100) })

function resultOf(status: number, body: string): { result: AuditResult; detail: string | null } {
  const unknown = (detail: string) => ({ result: 'unknown' as const, detail })
  if (status === 202) {
    return { result: 'refused', detail: 'Held by Thumbtack for a security check (202): not done.' }
  }
  if (status >= 200 && status < 300) return { result: 'done', detail: null }
  if (status >= 300 && status < 400) {
    return unknown(`Thumbtack answered with a redirect (${status}): it may or may not be saved.`)
  }
  // Thumbtack's proxy refuses the token before the API runs anything.
  if (status === 502 && body.includes('proxy_oauth_failed')) {
    return { result: 'refused', detail: 'Thumbtack could not check the sign-in: not done.' }
  }
  if (status >= 500) {
    return unknown(`Thumbtack answered ${status}: the change may or may not have been saved.`)
  }
  return { result: 'refused', detail: null }
}

function afterOf(
  call: WriteCall,
  body: string,
  before: AuditNumberState | null,
): AuditState | null {
  if (call.action === 'delete') return before ? { ...before, isDeleted: true } : null
  if (call.action === 'bulk-create') {
    const records = numberRecordsOf(jsonOf(body)).map(stateOf)
    return records.length > 0 ? { phoneNumbers: records } : call.requested
  }
  const record = recordOf(body)
  return record ? stateOf(record) : call.requested
}

/** The outcome row's fields: what Thumbtack said, and what that means for the change. */
export function outcomeOf(
  call: WriteCall,
  answer: WriteAnswer,
  before: AuditNumberState | null,
): WriteOutcome {
  const base = { phoneNumberID: call.phoneNumberID, phoneNumber: call.phoneNumber }
  if (answer.kind === 'unreachable') {
    return {
      ...base,
      upstreamStatus: null,
      traceID: null,
      result: 'unknown',
      detail: `Thumbtack's answer did not arrive (${answer.reason}): the change may or may not have been saved.`,
      after: null,
    }
  }
  const { status, body } = answer
  const fromBody = traced.safeParse(jsonOf(body))
  const { result, detail } = resultOf(status, body)
  const record = result === 'done' && call.action === 'create' ? recordOf(body) : undefined
  return {
    phoneNumberID: record?.phoneNumberID ?? base.phoneNumberID,
    phoneNumber: record?.phoneNumber ?? base.phoneNumber,
    upstreamStatus: status,
    traceID: fromBody.success ? fromBody.data.traceID : answer.traceHeader,
    result,
    detail,
    after: result === 'done' ? afterOf(call, body, before) : null,
  }
}
