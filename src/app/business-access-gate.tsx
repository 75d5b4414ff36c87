import { useQuery } from '@tanstack/react-query'
import { type ReactNode } from 'react'

import { phoneNumberQueries } from '@/features/phone-numbers/api/phone-number-queries'
import { describePermissionError, permissionDenialOf } from '@/features/session/permission-messages'
import { useCredentials } from '@/features/session/use-credentials'
import { isApiError } from '@/lib/api/api-error'

import { BusinessRefusal } from './business-refusal'
import { UnknownBusiness } from './unknown-business'

interface BusinessAccessGateProps {
  /** The business in the URL, if the page is one of a business's. */
  businessID: string | undefined
  children: ReactNode
}

/**
 * A business this sign-in may not reach gets a plain explanation and a way back, instead of
 * a page of errors (and one that does not exist, a page saying so). The server decides: this watches the business's list of numbers (the
 * page itself loads it) and steps in when that was refused for want of permission.
 */
export function BusinessAccessGate({ businessID, children }: BusinessAccessGateProps) {
  if (businessID === undefined) return children
  return <BusinessAccessCheck businessID={businessID}>{children}</BusinessAccessCheck>
}

function BusinessAccessCheck({
  businessID,
  children,
}: {
  businessID: string
  children: ReactNode
}) {
  // Only observes the page's query: it never fetches on its own.
  const numbers = useQuery({ ...phoneNumberQueries.list(businessID), enabled: false })
  const credentials = useCredentials()
  if (isApiError(numbers.error) && numbers.error.status === 404) return <UnknownBusiness />
  if (isApiError(numbers.error) && numbers.error.type?.endsWith(':not-connected')) {
    return (
      <BusinessRefusal heading="This business is not connected">
        <p className="font-semibold">{numbers.error.detail ?? numbers.error.title}</p>
      </BusinessRefusal>
    )
  }
  if (permissionDenialOf(numbers.error) === null) return children

  return (
    <BusinessRefusal heading="No access to this business">
      <p className="font-semibold">{describePermissionError(numbers.error, 'read numbers')}</p>
      {credentials?.source === 'sandbox' ? (
        <p className="text-sm">You are signed in as {credentials.label}.</p>
      ) : null}
    </BusinessRefusal>
  )
}
