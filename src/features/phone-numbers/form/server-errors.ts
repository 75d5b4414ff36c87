import { type UseFormSetError } from 'react-hook-form'

import { isApiError } from '@/lib/api/api-error'

import { type PhoneNumberFormValues } from './phone-number-form-schema'

import { alreadyRegisteredMessage } from './find-duplicate'

const PHONE_FIELD = /(?:^|\.)phoneNumber$/

/**
 * What to say on the Phone number field for a refused write, or undefined when the error
 * belongs in the form's general alert. A 409 is a duplicate; so, the contract warns, may be
 * a 400 naming the number (Thumbtack does not document which it sends). The server's own
 * words are kept when they say more than ours.
 */
export function phoneFieldErrorFrom(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined
  if (error.status === 409) return alreadyRegisteredMessage()
  if (error.status !== 400) return undefined
  const named = error.fieldErrors.find((fieldError) => PHONE_FIELD.test(fieldError.field))
  if (!named) return undefined
  if (/already registered/i.test(named.message)) return named.message
  return `Thumbtack refused this number: ${named.message} (Is it already registered to this business?)`
}

/**
 * Puts a refused save where the user will look: on the Phone number field (focused) when
 * the server refused the number, otherwise in the form's general alert via `showAlert`.
 */
export function showSaveFailure(
  failure: unknown,
  form: { setError: UseFormSetError<PhoneNumberFormValues> },
  showAlert: (failure: unknown) => void,
): void {
  const phoneMessage = phoneFieldErrorFrom(failure)
  if (phoneMessage) {
    form.setError('phoneNumber', { type: 'server', message: phoneMessage }, { shouldFocus: true })
  } else {
    showAlert(failure)
  }
}
