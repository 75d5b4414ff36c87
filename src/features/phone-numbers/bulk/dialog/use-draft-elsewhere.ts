import { useEffect, useEffectEvent, useState } from 'react'

import { type BulkDraft } from '../parse/bulk-draft'
import { type DraftOwner, subscribeToDraft } from '../parse/draft-store'

import { sendingElsewhere, untilSentElsewhere } from './send-lock'

/**
 * The same draft open in another tab: its saves are taken up here as they come (`onDraft`),
 * and while that tab sends (it holds the send lock) `busy` is true, so this one neither sends
 * nor edits the rows it is sending. `sending`: this tab sends itself, so nothing from
 * elsewhere applies. `recheck`: this tab found the lock taken (it tried to send).
 */
export function useDraftElsewhere(
  owner: DraftOwner,
  sending: boolean,
  onDraft: (draft: BulkDraft | null) => void,
  /** Once the other tab stops, before this one may send: read the list again (see below). */
  onReleased: () => Promise<unknown>,
) {
  const [busy, setBusy] = useState(false)
  const takeUp = useEffectEvent((draft: BulkDraft | null) => {
    if (!sending) onDraft(draft)
  })
  const isSending = useEffectEvent(() => sending)
  const released = useEffectEvent(onReleased)

  const [checks, setChecks] = useState(0)

  useEffect(() => {
    const controller = new AbortController()
    let watching = false
    async function watch() {
      if (watching || isSending() || !(await sendingElsewhere(owner))) return
      watching = true
      setBusy(true)
      await untilSentElsewhere(owner, controller.signal).catch(() => undefined)
      // A tab closed mid-send may have had requests on their way that Thumbtack stored: the
      // list, read after it stopped, shows those rows registered, so they are not sent again.
      if (!controller.signal.aborted) await released().catch(() => undefined)
      watching = false
      if (controller.signal.aborted) return
      setBusy(false)
    }
    void watch()
    const stop = subscribeToDraft(owner, (draft) => {
      takeUp(draft)
      void watch()
    })
    return () => {
      controller.abort()
      stop()
    }
  }, [owner, checks])

  return { busy, recheck: () => setChecks((previous) => previous + 1) }
}
