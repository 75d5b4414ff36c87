import { useQuery } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'

import { showToast } from '@/components/ui/toast-store'
import { isApiError } from '@/lib/api/api-error'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumberInput } from '../api/phone-number-schemas'
import { useCreatePhoneNumber } from '../api/use-create-phone-number'
import { type SavedNumber } from '../list/saved-number-state'

import { findActiveDuplicate } from './find-duplicate'
import { findLinkTo } from './focus-targets'
import { FormDialog } from './form-dialog'
import {
  type PhoneNumberFormApi,
  type PhoneNumberFormHandle,
  PhoneNumberForm,
} from './phone-number-form'
import { showSaveFailure } from './server-errors'
import { useLeaveGuard } from './use-leave-guard'

const emptyValues = { phoneNumber: '', name: '' }

interface AddNumberDialogProps {
  businessID: string
  /** Named in the dialog's description; undefined until the businesses have loaded. */
  businessName: string | undefined
  /** Goes back to the list; after a save, naming the number added. */
  onClose: (saved?: SavedNumber) => void
  /** Who is typing (a user ID), so the text survives signing in again; null while unknown. */
  draftUserKey?: string | null | undefined
}

export function AddNumberDialog({
  businessID,
  businessName,
  onClose,
  draftUserKey,
}: AddNumberDialogProps) {
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const create = useCreatePhoneNumber(businessID)
  const [error, setError] = useState<unknown>(null)
  // The last values whose save ended with an unknown outcome: they may be registered now.
  const [unclear, setUnclear] = useState<PhoneNumberInput | null>(null)
  const formRef = useRef<PhoneNumberFormHandle>(null)
  const guard = useLeaveGuard({
    isDirty: () => formRef.current?.isDirty() ?? false,
    onLeave: onClose,
  })

  const findDuplicate = useCallback(
    (e164: string) => {
      const duplicate = findActiveDuplicate(numbers.data, e164)
      // Our own earlier save, whose answer was lost, may be what the list shows now: let
      // Save through, and the create recognises it instead of calling it a duplicate.
      const ours = unclear?.phoneNumber === e164 && duplicate?.name === unclear.name
      return ours ? undefined : duplicate
    },
    [numbers.data, unclear],
  )

  function submit(values: PhoneNumberInput, form: PhoneNumberFormApi) {
    setError(null)
    create.mutate(values, {
      onSuccess: (created) => {
        showToast({ tone: 'success', message: `Added ${created?.name ?? values.name}.` })
        form.reset(values)
        // The list scrolls to it: by its ID, or by its number when the answer was lost.
        guard.leave(
          created ? { phoneNumberID: created.phoneNumberID } : { phoneNumber: values.phoneNumber },
        )
      },
      onError: (failure) => {
        if (isApiError(failure) && failure.outcomeUnknown) setUnclear(values)
        showSaveFailure(failure, form, setError)
      },
    })
  }

  return (
    <FormDialog
      title="Add number"
      businessName={businessName}
      guard={guard}
      fallbackFocus={() => findLinkTo('/numbers/new')}
    >
      <PhoneNumberForm
        ref={formRef}
        defaultValues={emptyValues}
        findDuplicate={findDuplicate}
        submitting={create.isPending}
        error={error}
        onSubmit={submit}
        onCancel={guard.requestClose}
        draftOwner={draftUserKey ? { businessID, userKey: draftUserKey, form: 'new' } : undefined}
      />
    </FormDialog>
  )
}
