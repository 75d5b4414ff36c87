import { type PhoneNumber } from '../../api/phone-number-schemas'

import { type ItemError } from './classify-failure'
import {
  type AttentionRow,
  type RegisterOutcome,
  type RegisterProgress,
  type RegistrableRow,
  type SettledRows,
  type StopReason,
} from './register-outcome'

/**
 * The registration engine's bookkeeping: where each row ended up, which rows were in a
 * request whose outcome is unknown, and why the run stopped. Every settle tells which rows it
 * settled, then reports progress.
 */
export function createLedger<Row extends RegistrableRow>(
  total: number,
  onProgress: ((progress: RegisterProgress) => void) | undefined,
  onSettled?: (settled: SettledRows<Row>) => void,
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

  function settled(step: Partial<SettledRows<Row>>) {
    added.push(...(step.added ?? []).map((row) => ({ row, record: null })))
    alreadyRegistered.push(...(step.alreadyRegistered ?? []))
    needsAttention.push(...(step.needsAttention ?? []))
    onSettled?.({ added: [], alreadyRegistered: [], needsAttention: [], ...step })
    report()
  }

  function attention(
    rows: readonly Row[],
    message: (unconfirmed: boolean) => string,
    readOk = false,
  ) {
    settled({
      needsAttention: rows.map((row) => {
        const unconfirmed = !readOk && unclear.has(row)
        return { row, field: null, message: message(unconfirmed), unconfirmed, retryable: true }
      }),
    })
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
      // Recorded with Thumbtack's answer, unlike the rows found registered by a read.
      for (const row of rows) added.push({ row, record: records.get(row.e164) ?? null })
      onSettled?.({ added: [...rows], alreadyRegistered: [], needsAttention: [] })
      report()
    },
    /** Settles the rows now registered; returns the others, still to send. */
    settleFound(rows: readonly Row[], active: ReadonlySet<string>): Row[] {
      const found = rows.filter((row) => active.has(row.e164))
      settled({
        added: found.filter((row) => unclear.has(row)),
        alreadyRegistered: found.filter((row) => !unclear.has(row)),
      })
      return rows.filter((row) => !active.has(row.e164))
    },
    refuse(row: Row, errors: readonly ItemError[]) {
      const message = errors.map((error) => error.message).join(' ')
      const field = errors[0]?.field ?? null
      settled({ needsAttention: [{ row, field, message, unconfirmed: false, retryable: false }] })
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
