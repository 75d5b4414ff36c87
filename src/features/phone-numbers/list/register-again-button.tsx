import { useQuery } from '@tanstack/react-query'
import { RotateCcw } from 'lucide-react'
import { useId } from 'react'
import { useParams } from 'react-router'

import { showToast } from '@/components/ui/toast-store'
import { isApiError } from '@/lib/api/api-error'
import { describeError } from '@/lib/api/describe-error'
import { labelOf } from '@/lib/phone/label-of'

import { phoneNumberQueries } from '../api/phone-number-queries'
import { type PhoneNumber } from '../api/phone-number-schemas'
import { useCreatePhoneNumber } from '../api/use-create-phone-number'
import { alreadyRegisteredMessage, findActiveDuplicate } from '../form/find-duplicate'

// The API has no undelete: say what the button really does.
const howItWorks =
  "Thumbtack can't restore a removed number; this registers it again as a new entry."

/** On a removed row: registers the same number and name again, in one step. */
export function RegisterAgainButton({
  number,
  className,
}: {
  number: PhoneNumber
  className: string
}) {
  const { businessID = '' } = useParams()
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const create = useCreatePhoneNumber(businessID)
  const descriptionId = useId()
  const label = labelOf(number)

  function registerAgain() {
    const duplicate = findActiveDuplicate(numbers.data, number.phoneNumber)
    if (duplicate) {
      showToast({ tone: 'error', message: alreadyRegisteredMessage(duplicate) })
      return
    }
    create.mutate(
      { phoneNumber: number.phoneNumber, name: number.name },
      {
        onSuccess: () => showToast({ tone: 'success', message: `Registered ${label} again.` }),
        onError: (error) =>
          showToast({
            tone: 'error',
            message:
              `Could not register ${label} again. ${isApiError(error) ? describeError(error) : ''}`.trim(),
          }),
      },
    )
  }

  return (
    <>
      <button
        type="button"
        aria-label={`Register ${label} again`}
        aria-describedby={descriptionId}
        title={howItWorks}
        disabled={create.isPending}
        className={className}
        onClick={registerAgain}
      >
        {/* An icon alone in the wide table, as the other row actions; words on a card. */}
        <RotateCcw aria-hidden="true" className="size-4 shrink-0" />
        <span className="sm:sr-only">Register again</span>
      </button>
      <span id={descriptionId} hidden>
        {howItWorks}
      </span>
    </>
  )
}
