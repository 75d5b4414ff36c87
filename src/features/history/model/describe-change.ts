import { formatNational } from '@/lib/phone/format-national'

import type { HistoryState, NumberState } from './history-schemas'
import type { HistoryChange } from './history-changes'

const single = (s: HistoryState | null): NumberState | null =>
  s !== null && 'name' in s ? s : null

const numberOf = (s: NumberState) => formatNational(s.phoneNumber)

function whatChanged(change: HistoryChange): string {
  const { asked, outcome } = change
  const before = single(asked.before)
  // What was asked for; the outcome's after is what Thumbtack answered with.
  const after = single(outcome?.after ?? null) ?? single(asked.after)
  const phone = asked.phoneNumber ?? outcome?.phoneNumber ?? null
  const shown = phone === null ? 'a number' : formatNational(phone)
  switch (asked.action) {
    case 'create':
      return after ? `added ${after.name}, ${numberOf(after)}` : `added ${shown}`
    case 'delete':
      return before ? `removed ${before.name}, ${numberOf(before)}` : `removed ${shown}`
    case 'bulk-create': {
      const asked_ = asked.after
      const count = asked_ !== null && 'phoneNumbers' in asked_ ? asked_.phoneNumbers.length : 0
      return `bulk added ${count} ${count === 1 ? 'number' : 'numbers'}`
    }
    case 'update':
      if (!after) return `changed ${shown}`
      if (!before) return `changed ${shown} to ${after.name}, ${numberOf(after)}`
      if (before.phoneNumber === after.phoneNumber) return `renamed ${before.name} → ${after.name}`
      if (before.name === after.name) {
        return `changed ${before.name}’s number ${numberOf(before)} → ${numberOf(after)}`
      }
      return `changed ${before.name}, ${numberOf(before)} → ${after.name}, ${numberOf(after)}`
    case 'sign-in':
      return 'signed in'
    case 'sign-out':
      return 'signed out'
    case 'connect':
      return 'connected the business'
    case 'disconnect':
      return 'disconnected the business'
    default:
      return `did “${asked.action.slice(0, 40)}”`
  }
}

/** "Sam Ortiz (support) for Rivera Plumbing renamed Office → Front desk" */
export function describeChange(change: HistoryChange): string {
  const { actor, businessName } = change.asked
  const forWhom = businessName === null ? '' : ` for ${businessName}`
  return `${actor.name} (${actor.role})${forWhom} ${whatChanged(change)}`
}

/** How it ended, when that is worth saying: null for a write done or an event. */
export function describeOutcome(change: HistoryChange): string | null {
  const { asked, outcome } = change
  if (asked.phase === 'event') return null
  if (!outcome) return 'No answer is on record: it may or may not have been saved.'
  const status = outcome.upstreamStatus === null ? '' : ` (${outcome.upstreamStatus})`
  if (outcome.result === 'refused') {
    return outcome.detail ?? `Thumbtack refused it${status}: nothing changed.`
  }
  if (outcome.result === 'unknown') {
    return outcome.detail ?? `The answer was lost${status}: it may or may not have been saved.`
  }
  return null
}
