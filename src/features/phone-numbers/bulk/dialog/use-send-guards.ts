import { useQueryClient } from '@tanstack/react-query'
import { type RefObject, useEffect } from 'react'

import { phoneNumberQueries } from '../../api/phone-number-queries'

import { type BulkDraft } from '../parse/bulk-draft'
import { type DraftOwner } from '../parse/draft-store'

import { settledCount } from './run-wording'
import { type RunState } from './use-bulk-register'
import { useDraftElsewhere } from './use-draft-elsewhere'
import { useLeaveGuard } from './use-leave-guard'
import { useWarnBeforeUnload } from './use-warn-before-unload'

/**
 * What guards a send: leaving the page or the app asks first while this tab sends, and the
 * paste stays as it is (`locked`) while this tab or another sends it. Focus rests on Cancel
 * while sending, once no question is open.
 */
export function useSendGuards(
  owner: DraftOwner,
  run: RunState,
  adopt: (draft: BulkDraft | null) => void,
  cancelRef: RefObject<HTMLButtonElement | null>,
) {
  const queryClient = useQueryClient()
  const sending = run.phase === 'sending'
  const elsewhere = useDraftElsewhere(owner, sending, adopt, () =>
    queryClient.invalidateQueries({ queryKey: phoneNumberQueries.business(owner.businessID) }),
  )
  useWarnBeforeUnload(sending)
  const leaving = useLeaveGuard(sending)

  useEffect(() => {
    if (sending && !leaving.asking) cancelRef.current?.focus()
  }, [sending, leaving.asking, cancelRef])

  return {
    sending,
    locked: sending || elsewhere.busy,
    elsewhere,
    leaving,
    /** Rows of the run not yet settled, for "Stop adding? 380 numbers are not sent yet". */
    notSent: run.phase === 'sending' ? run.progress.total - settledCount(run.progress) : 0,
  }
}
