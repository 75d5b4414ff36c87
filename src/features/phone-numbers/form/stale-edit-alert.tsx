import { useEffect, useRef } from 'react'

import { Button } from '@/components/ui/button'
import { formatNational } from '@/lib/phone/format-national'

import { type EditConflict } from './edit-conflict'

interface StaleEditAlertProps {
  conflict: EditConflict
  onOverwrite: () => void
  onUseTheirs: () => void
  onClose: () => void
}

/** Someone else changed (or removed) the number while this form was open: let the user choose. */
export function StaleEditAlert({
  conflict,
  onOverwrite,
  onUseTheirs,
  onClose,
}: StaleEditAlertProps) {
  const firstButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    firstButton.current?.focus()
  }, [])

  return (
    <div
      role="alert"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="font-semibold">This number was changed by someone else since you opened it.</p>
      {conflict.kind === 'removed' ? (
        <p className="mt-1">It has been removed, so your changes cannot be saved.</p>
      ) : (
        <>
          <p className="mt-1">It is now:</p>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3">
            <dt>Phone number</dt>
            <dd className="font-mono tabular-nums">
              {formatNational(conflict.current.phoneNumber)}
            </dd>
            <dt>Name</dt>
            <dd className="break-words">{conflict.current.name}</dd>
          </dl>
        </>
      )}
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        {conflict.kind === 'removed' ? (
          <Button ref={firstButton} onClick={onClose}>
            Close
          </Button>
        ) : (
          <>
            <Button ref={firstButton} onClick={onOverwrite}>
              Overwrite with my changes
            </Button>
            <Button onClick={onUseTheirs}>Use their version</Button>
          </>
        )}
      </div>
    </div>
  )
}
