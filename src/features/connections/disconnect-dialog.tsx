import { Button } from '@/components/ui/button'
import { Dialog } from '@/components/ui/dialog'

import type { Connection } from './connections-requests'

interface DisconnectDialogProps {
  /** The business to disconnect, or 'all'; null when closed. */
  target: Connection | 'all' | null
  /** Whether this leaves no connection, so the sign-in is revoked too. */
  endsSignIn: boolean
  busy: boolean
  error: string | null
  onConfirm: () => void
  onCancel: () => void
}

/** Asks first: a disconnection revokes access at Thumbtack and cannot be undone from here. */
export function DisconnectDialog(props: DisconnectDialogProps) {
  const { target, endsSignIn, busy, error, onConfirm, onCancel } = props
  const what = target === 'all' ? 'all your businesses' : (target?.businessName ?? '')
  return (
    <Dialog open={target !== null} title={`Disconnect ${what}?`} onRequestClose={onCancel}>
      <div className="space-y-3">
        <p>
          Support staff will no longer be able to look at or change numbers for {what}. The access
          you gave at Thumbtack is revoked.
        </p>
        {endsSignIn ? (
          <p className="font-semibold">
            This also signs you out here. Signing in with Thumbtack again connects your businesses
            again.
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="text-red-800 dark:text-red-200">
            {error}
          </p>
        ) : null}
        <div className="flex justify-end gap-3">
          <Button onClick={onCancel} disabled={busy}>
            Keep connected
          </Button>
          <Button variant="danger" onClick={onConfirm} disabled={busy}>
            {busy ? 'Disconnecting…' : 'Disconnect'}
          </Button>
        </div>
      </div>
    </Dialog>
  )
}
