import { useQuery } from '@tanstack/react-query'
import { type ReactNode } from 'react'
import { Link } from 'react-router'

import { phoneNumberQueries } from '@/features/phone-numbers/api/phone-number-queries'
import { describePermissionError, permissionDenialOf } from '@/features/session/permission-messages'
import { useCredentials } from '@/features/session/use-credentials'

interface BusinessAccessGateProps {
  /** The business in the URL, if the page is one of a business's. */
  businessID: string | undefined
  children: ReactNode
}

/**
 * A business this sign-in may not reach gets a plain explanation and a way back, instead of
 * a page of errors. The server decides: this watches the business's list of numbers (the
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
  if (permissionDenialOf(numbers.error) === null) return children

  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">No access to this business</h1>
      <div
        role="alert"
        className="space-y-1 rounded-lg border border-slate-300 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900"
      >
        <p className="font-semibold">{describePermissionError(numbers.error, 'read numbers')}</p>
        {credentials?.source === 'sandbox' ? (
          <p className="text-sm">You are signed in as {credentials.label}.</p>
        ) : null}
      </div>
      <p>
        <Link to="/" className="text-brand-700 underline dark:text-brand-100">
          Go to your businesses
        </Link>
      </p>
    </div>
  )
}
