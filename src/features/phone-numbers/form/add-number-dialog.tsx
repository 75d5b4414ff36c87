import { useQuery } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'

import { showToast } from '@/components/ui/toast-store'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumberInput } from '../api/phone-number-schemas'
import { useCreatePhoneNumber } from '../api/use-create-phone-number'

import { findActiveDuplicate } from './find-duplicate'
import { findLinkTo } from './focus-targets'
import { FormDialog } from './form-dialog'
import {
  type PhoneNumberFormApi,
  type PhoneNumberFormHandle,
  PhoneNumberForm,
} from './phone-number-form'
import { phoneFieldErrorFrom } from './server-errors'
import { useLeaveGuard } from './use-leave-guard'

const emptyValues = { phoneNumber: '', name: '' }

interface AddNumberDialogProps {
  businessID: string
  /** Goes back to the list. */
  onClose: () => void
}

export function AddNumberDialog({ businessID, onClose }: AddNumberDialogProps) {
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const create = useCreatePhoneNumber(businessID)
  const [error, setError] = useState<unknown>(null)
  const formRef = useRef<PhoneNumberFormHandle>(null)
  const guard = useLeaveGuard({
    isDirty: () => formRef.current?.isDirty() ?? false,
    onLeave: onClose,
  })

  const findDuplicate = useCallback(
    (e164: string) => findActiveDuplicate(numbers.data, e164),
    [numbers.data],
  )

  function submit(values: PhoneNumberInput, form: PhoneNumberFormApi) {
    setError(null)
    create.mutate(values, {
      onSuccess: (created) => {
        showToast({ tone: 'success', message: `Added ${created?.name ?? values.name}.` })
        form.reset(values)
        guard.leave()
      },
      onError: (failure) => {
        const phoneMessage = phoneFieldErrorFrom(failure)
        if (phoneMessage) {
          form.setError(
            'phoneNumber',
            { type: 'server', message: phoneMessage },
            { shouldFocus: true },
          )
        } else {
          setError(failure)
        }
      },
    })
  }

  return (
    <FormDialog title="Add number" guard={guard} fallbackFocus={() => findLinkTo('/numbers/new')}>
      <PhoneNumberForm
        ref={formRef}
        defaultValues={emptyValues}
        findDuplicate={findDuplicate}
        submitting={create.isPending}
        error={error}
        onSubmit={submit}
        onCancel={guard.requestClose}
      />
    </FormDialog>
  )
}
