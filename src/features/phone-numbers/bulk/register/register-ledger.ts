import { type PhoneNumber } from '../../api/phone-number-schemas'

import { type ItemError } from './classify-failure'
import {
  type AttentionRow,
  type RegisterOutcome,
  type RegisterProgress,
  type RegistrableRow,
  type StopReason,
} from './register-outcome'

/**
 * The registration engine's bookkeeping: where each row ended up, which rows were in a
 * request whose outcome is unknown, and why the run stopped. Every settle reports progress.
 */
export function createLedger<Row extends RegistrableRow>(
  total: number,
  onProgress: ((progress: RegisterProgress) => void) | undefined,
) {
  const added: RegisterOutcome<Row>['added'] = []
  const alreadyRegistered: Row[] = []
  const needsAttention: AttentionRow<Row>[] = []
  // Rows sent in a request that may have been applied: found registered later, they count as added.
  const unclear = new Set<Row>()
  let stop: RegisterOutcome<Row>['stopped'] = null
  let waiting: RegisterProgress['waiting'] = null

  function report() {
    onProgress?.({
      total,
      added: added.length,
      alreadyRegistered: alreadyRegistered.length,
      needsAttention: needsAttention.length,
      waiting,
    })
  }

  function attention(
    rows: readonly Row[],
    message: (unconfirmed: boolean) => string,
    readOk = false,
  ) {
    for (const row of rows) {
      const unconfirmed = !readOk && unclear.has(row)
      const text = message(unconfirmed)
      needsAttention.push({ row, field: null, message: text, unconfirmed, retryable: true })
    }
    report()
  }

  return {
    report,
    setWaiting(next: RegisterProgress['waiting']) {
      waiting = next
      report()
    },
    stop(reason: StopReason, message: string) {
      stop ??= { reason, message }
    },
    stopped: () => stop !== null,
    maybeSent(rows: readonly Row[]) {
      for (const row of rows) unclear.add(row)
    },
    /** `records`: Thumbtack's answer, by E.164, as far as it sent one we can read. */
    settleAdded(rows: readonly Row[], records: ReadonlyMap<string, PhoneNumber>) {
      for (const row of rows) added.push({ row, record: records.get(row.e164) ?? null })
      report()
    },
    /** Settles the rows now registered; returns the others, still to send. */
    settleFound(rows: readonly Row[], active: ReadonlySet<string>): Row[] {
      const rest = rows.filter((row) => {
        if (!active.has(row.e164)) return true
        if (unclear.has(row)) added.push({ row, record: null })
        else alreadyRegistered.push(row)
        return false
      })
      report()
      return rest
    },
    refuse(row: Row, errors: readonly ItemError[]) {
      const message = errors.map((error) => error.message).join(' ')
      const field = errors[0]?.field ?? null
      needsAttention.push({ row, field, message, unconfirmed: false, retryable: false })
      report()
    },
    notSent(rows: readonly Row[]) {
      const why = stop?.message ?? 'Stopped.'
      attention(rows, (unconfirmed) =>
        unconfirmed
          ? `Not confirmed: ${why} Reload the list before sending it again.`
          : `Not sent: ${why}`,
      )
    },
    /** Retries are spent. `readOk`: the list was read after the last failure and lacks them. */
    giveUp(rows: readonly Row[], lastMessage: string, readOk: boolean) {
      attention(
        rows,
        (unconfirmed) =>
          unconfirmed
            ? `Not confirmed: ${lastMessage} Reload the list to see whether it was added before sending it again.`
            : `Not added: ${lastMessage} Try again in a moment.`,
        readOk,
      )
    },
    outcome(): RegisterOutcome<Row> {
      const byLine = (a: { row: Row }, b: { row: Row }) => a.row.line - b.row.line
      return {
        added: added.sort(byLine),
        alreadyRegistered: alreadyRegistered.sort((a, b) => a.line - b.line),
        needsAttention: needsAttention.sort(byLine),
        stopped: stop,
      }
    },
  }
}
