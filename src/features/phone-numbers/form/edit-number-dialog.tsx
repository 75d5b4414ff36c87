import { useQuery } from '@tanstack/react-query'
import { useRef, useState } from 'react'

import { Button } from '@/components/ui/button'
import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { labelOf } from '@/lib/phone/label-of'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumber } from '../api/phone-number-schemas'

import { EditNumberForm } from './edit-number-form'
import { findLinkTo } from './focus-targets'
import { FormDialog } from './form-dialog'
import { type SavedNumber } from '../list/saved-number-state'

import { type PhoneNumberFormHandle } from './phone-number-form'
import { useLeaveGuard } from './use-leave-guard'

interface EditNumberDialogProps {
  businessID: string
  /** Named in the dialog's description; undefined until the businesses have loaded. */
  businessName: string | undefined
  phoneNumberID: string
  /** Goes back to the list; after a save, naming the number saved. */
  onClose: (saved?: SavedNumber) => void
  /** Who is typing (a user ID), so the text survives signing in again; null while unknown. */
  draftUserKey?: string | null | undefined
}

/**
 * Loads the number to edit (from the cached list when there is one) and keeps the version
 * it opened with: later changes to the list, a refetch or someone else's edit, never reset
 * what the user is typing. Only "Use their version" starts the form again.
 */
export function EditNumberDialog({
  businessID,
  businessName,
  phoneNumberID,
  onClose,
  draftUserKey,
}: EditNumberDialogProps) {
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const [opened, setOpened] = useState<{ record: PhoneNumber; version: number } | null>(null)
  const formRef = useRef<PhoneNumberFormHandle>(null)
  const guard = useLeaveGuard({
    isDirty: () => formRef.current?.isDirty() ?? false,
    onLeave: onClose,
  })

  const found = numbers.data?.find((number) => number.phoneNumberID === phoneNumberID)
  if (opened === null && found && !found.isDeleted) setOpened({ record: found, version: 0 })

  let content
  if (opened) {
    content = (
      <EditNumberForm
        key={opened.version}
        businessID={businessID}
        record={opened.record}
        guard={guard}
        formRef={formRef}
        onUseTheirs={(current) => setOpened({ record: current, version: opened.version + 1 })}
        draftOwner={
          // Their version starts afresh: nothing kept from before applies to it.
          draftUserKey && opened.version === 0
            ? { businessID, userKey: draftUserKey, form: phoneNumberID }
            : undefined
        }
      />
    )
  } else if (numbers.isPending) {
    content = <Spinner label="Loading the number…" />
  } else if (numbers.isError) {
    content = (
      <ErrorState
        heading="Could not load the number."
        error={numbers.error}
        onRetry={() => void numbers.refetch()}
      />
    )
  } else {
    content = (
      <div className="flex flex-col items-start gap-3">
        <p>This number no longer exists. Someone may have removed it.</p>
        <Button onClick={() => guard.leave()}>Close</Button>
      </div>
    )
  }

  return (
    <FormDialog
      title={opened ? `Edit ${labelOf(opened.record)}` : 'Edit number'}
      businessName={businessName}
      guard={guard}
      fallbackFocus={() => findLinkTo(`/${phoneNumberID}/edit`)}
    >
      {content}
    </FormDialog>
  )
}
