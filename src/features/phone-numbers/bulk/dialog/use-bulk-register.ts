import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'

import { showToast } from '@/components/ui/toast-store'
import { apiClient } from '@/lib/api/client'

import { phoneNumberQueries } from '../../api/phone-number-queries'
import { fetchActiveNumbers } from '../../api/settle-unclear-write'
import { type ReadyRow } from '../parse/checked-row'
import { type DraftOwner } from '../parse/draft-store'
import {
  type RegisterOutcome,
  type RegisterProgress,
  type SettledRows,
} from '../register/register-outcome'
import { registerRows } from '../register/register-rows'

import { withSendLock } from './send-lock'

export type RunState =
  | { phase: 'idle' }
  | { phase: 'sending'; progress: RegisterProgress; cancelling: boolean }
  | {
      phase: 'done'
      outcome: RegisterOutcome<ReadyRow>
      /** The list is being read again: until then an unconfirmed row must not go again. */
      refreshing: boolean
      /** Lines not sent, or not confirmed, that may go again as they are. */
      retryLines: ReadonlySet<number>
    }

const idle: RunState = { phase: 'idle' }

function addedMessage(count: number, businessName: string): string {
  return `Added ${count} ${count === 1 ? 'number' : 'numbers'} to ${businessName}.`
}

interface RunRecord {
  /** The run begins, with this many rows, holding the draft's send lock. */
  onStart: (ready: number) => void
  /** Rows settled, as they settle: the draft records the added ones at once. */
  onSettled: (step: SettledRows<ReadyRow>) => void
  onOutcome: (outcome: RegisterOutcome<ReadyRow>) => void
  /** Another tab of this user is sending the same draft: this one sent nothing. */
  onBusy: () => void
}

/**
 * One registration run at a time, and one tab at a time per draft (send-lock.ts): progress
 * while it goes, the outcome when it ends. Cancel, and closing the dialog mid-run, stop it
 * gently: nothing new is sent, and requests already on their way finish and are counted, so
 * the outcome says exactly what was added. It reaches `onOutcome` even after the dialog
 * closed, so the draft always learns it; then the list is read again.
 */
export function useBulkRegister(owner: DraftOwner, businessName: string, record: RunRecord) {
  const { businessID } = owner
  const queryClient = useQueryClient()
  const [run, setRun] = useState<RunState>(idle)
  const controllerRef = useRef<AbortController | null>(null)

  useEffect(() => () => controllerRef.current?.abort(), [])

  async function start(rows: ReadyRow[]) {
    if (controllerRef.current || rows.length === 0) return
    const controller = new AbortController()
    controllerRef.current = controller
    setRun({
      phase: 'sending',
      cancelling: false,
      progress: {
        total: rows.length,
        added: 0,
        alreadyRegistered: 0,
        needsAttention: 0,
        waiting: null,
      },
    })
    const outcome = await withSendLock(owner, () => {
      record.onStart(rows.length)
      return registerRows({
        businessID,
        rows,
        client: apiClient,
        fetchActiveNumbers: (signal) => fetchActiveNumbers(businessID, signal),
        onSettled: record.onSettled,
        onProgress: (progress) => {
          setRun((previous) =>
            previous.phase === 'sending' ? { ...previous, progress } : previous,
          )
        },
        stop: controller.signal,
      })
    })
    controllerRef.current = null
    if (outcome === 'busy') {
      setRun(idle)
      record.onBusy()
      return
    }
    record.onOutcome(outcome)
    if (outcome.added.length > 0) {
      showToast({ tone: 'success', message: addedMessage(outcome.added.length, businessName) })
    }
    const retryLines = new Set(
      outcome.needsAttention.filter((entry) => entry.retryable).map((entry) => entry.row.line),
    )
    setRun({ phase: 'done', outcome, refreshing: true, retryLines })
    await queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(businessID) })
    setRun((previous) =>
      previous.phase === 'done' && previous.outcome === outcome
        ? { ...previous, refreshing: false }
        : previous,
    )
  }

  return {
    run,
    start: (rows: ReadyRow[]) => void start(rows),
    /** Stops sending; what was on its way finishes, stays sent and is reported as such. */
    cancel: () => {
      controllerRef.current?.abort()
      setRun((previous) =>
        previous.phase === 'sending' ? { ...previous, cancelling: true } : previous,
      )
    },
    /** Forgets the last run's outcome (the paste was cleared); never while sending. */
    reset: () => {
      setRun((previous) => (previous.phase === 'sending' ? previous : idle))
    },
    /** The retryable rows were put back: "Try again" has done its work. */
    retried: () => {
      setRun((previous) =>
        previous.phase === 'done' ? { ...previous, retryLines: new Set<number>() } : previous,
      )
    },
  }
}
