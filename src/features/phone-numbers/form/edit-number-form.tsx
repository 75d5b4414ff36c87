import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type RefObject, useCallback, useRef, useState } from 'react'

import { showToast } from '@/components/ui/toast-store'
import { formatNational } from '@/lib/phone/format-national'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumber, type PhoneNumberInput } from '../api/phone-number-schemas'
import { useUpdatePhoneNumber } from '../api/use-update-phone-number'

import { type EditConflict, findEditConflict } from './edit-conflict'
import { type FormDraftOwner } from './form-draft'
import { alreadyRegisteredMessage, findActiveDuplicate } from './find-duplicate'
import {
  type PhoneNumberFormApi,
  type PhoneNumberFormHandle,
  PhoneNumberForm,
} from './phone-number-form'
import { showSaveFailure } from './server-errors'
import { StaleEditAlert } from './stale-edit-alert'
import { type LeaveGuard } from './use-leave-guard'

interface EditNumberFormProps {
  businessID: string
  /** The record as the form opened it: its values fill the form. */
  record: PhoneNumber
  guard: LeaveGuard
  /** The form's handle, shared with the dialog's leave guard. */
  formRef: RefObject<PhoneNumberFormHandle | null>
  /** "Use their version": start again from the server's record. */
  onUseTheirs: (current: PhoneNumber) => void
  draftOwner?: FormDraftOwner | undefined
}

/**
 * Edits one number. Before sending, it reads the list afresh and compares the record with
 * the version the form opened with: a change made meanwhile by someone else is shown, and
 * nothing is overwritten until the user says so.
 */
export function EditNumberForm({
  businessID,
  record,
  guard,
  formRef,
  onUseTheirs,
  draftOwner,
}: EditNumberFormProps) {
  const { phoneNumberID } = record
  const queryClient = useQueryClient()
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const update = useUpdatePhoneNumber(businessID)
  const [checking, setChecking] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [conflict, setConflict] = useState<EditConflict | null>(null)
  // The version an overwrite is measured against: the opened one, or the one the user has
  // since seen and chosen to overwrite.
  const baseline = useRef<PhoneNumber>(record)
  const [defaultValues] = useState(() => ({
    phoneNumber: formatNational(record.phoneNumber),
    name: record.name,
  }))

  const findDuplicate = useCallback(
    (e164: string) => findActiveDuplicate(numbers.data, e164, phoneNumberID),
    [numbers.data, phoneNumberID],
  )

  async function submit(values: PhoneNumberInput, form: PhoneNumberFormApi) {
    setError(null)
    setConflict(null)
    // The same number and name as opened: a PUT would change nothing, and "Saved" would say
    // it had. Send nothing and say so.
    if (values.phoneNumber === record.phoneNumber && values.name === record.name) {
      showToast({ message: 'Nothing changed.', durationMs: 3000 })
      guard.leave()
      return
    }
    setChecking(true)
    let fresh: PhoneNumber[]
    try {
      fresh = await queryClient.query({ ...phoneNumberQueries.list(businessID), staleTime: 0 })
    } catch (failure) {
      setError(failure)
      return
    } finally {
      setChecking(false)
    }
    const current = fresh.find((number) => number.phoneNumberID === phoneNumberID)
    const found = findEditConflict(baseline.current, current, values)
    if (found) {
      setConflict(found)
      return
    }
    const duplicate = findActiveDuplicate(fresh, values.phoneNumber, phoneNumberID)
    if (duplicate) {
      const message = alreadyRegisteredMessage(duplicate)
      form.setError('phoneNumber', { type: 'duplicate', message }, { shouldFocus: true })
      return
    }
    update.mutate(
      { phoneNumberID, ...values },
      {
        onSuccess: (updated) => {
          showToast({ tone: 'success', message: `Saved ${updated?.name ?? values.name}.` })
          form.reset(values)
          guard.leave({ phoneNumberID })
        },
        onError: (failure) => showSaveFailure(failure, form, setError),
      },
    )
  }

  return (
    <PhoneNumberForm
      ref={formRef}
      defaultValues={defaultValues}
      findDuplicate={findDuplicate}
      storedNumber={record.phoneNumber}
      submitting={checking || update.isPending}
      error={error}
      onSubmit={submit}
      onCancel={guard.requestClose}
      draftOwner={draftOwner}
    >
      {conflict ? (
        <StaleEditAlert
          conflict={conflict}
          onOverwrite={() => {
            if (conflict.kind === 'changed') baseline.current = conflict.current
            setConflict(null)
            // Submits what the form holds now, checked once more against the new baseline.
            formRef.current?.submit()
          }}
          onUseTheirs={() => {
            if (conflict.kind === 'changed') onUseTheirs(conflict.current)
          }}
          onClose={guard.leave}
        />
      ) : null}
    </PhoneNumberForm>
  )
}
