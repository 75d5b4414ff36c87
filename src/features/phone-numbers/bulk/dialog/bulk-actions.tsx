import { type Ref } from 'react'

import { Button } from '@/components/ui/button'

import { addButtonLabel } from './run-wording'

interface BulkActionsProps {
  clearRef: Ref<HTMLButtonElement>
  cancelRef: Ref<HTMLButtonElement>
  sending: boolean
  /** Sending here or in another tab: the paste must stay as it is. */
  locked: boolean
  cancelling: boolean
  canClear: boolean
  canAdd: boolean
  readyCount: number
  onClear: () => void
  onCancel: () => void
  onAdd: () => void
}

/** Clear, Cancel (while sending) and "Add 300 numbers", at the foot of the dialog. */
export function BulkActions({
  clearRef,
  cancelRef,
  sending,
  locked,
  cancelling,
  canClear,
  canAdd,
  readyCount,
  onClear,
  onCancel,
  onAdd,
}: BulkActionsProps) {
  return (
    <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center">
      <Button
        ref={clearRef}
        variant="ghost"
        className="sm:mr-auto"
        disabled={locked || !canClear}
        onClick={onClear}
      >
        Clear
      </Button>
      {sending ? (
        <Button ref={cancelRef} disabled={cancelling} onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
      <Button variant="primary" disabled={!canAdd} onClick={onAdd}>
        {addButtonLabel(readyCount)}
      </Button>
    </div>
  )
}
