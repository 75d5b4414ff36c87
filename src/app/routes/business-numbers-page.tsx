import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link, Outlet, useOutlet, useParams } from 'react-router'

import { phoneNumberQueries } from '@/features/phone-numbers/api/phone-number-queries'
import { PhoneNumbersView } from '@/features/phone-numbers/list/phone-numbers-view'
import { usePendingRemovals } from '@/features/phone-numbers/removal/use-pending-removals'
import { useWriteAccess } from '@/features/session/use-write-access'
import { useBusiness } from '@/features/session/api/use-business'
import { useDocumentTitle } from '@/lib/page/use-document-title'

export function BusinessNumbersPage() {
  const { businessID = '' } = useParams()
  const { business, businesses } = useBusiness(businessID)
  const numbers = useQuery(phoneNumberQueries.list(businessID))
  const { hiddenIDs, remove, removeMany } = usePendingRemovals(businessID)
  const { reason } = useWriteAccess()
  const businessName = business?.name ?? 'Phone numbers'
  // A dialog's route over the list names the tab itself.
  useDocumentTitle(useOutlet() ? null : business ? [business.name] : ['Phone numbers'])

  // The business's name failed with the list (a 5xx, say): once the list reads again, so
  // does the name, or the heading would stay "Phone numbers" for good.
  const { isError: businessesFailed, refetch: refetchBusinesses } = businesses
  useEffect(() => {
    if (businessesFailed && numbers.isSuccess) void refetchBusinesses()
  }, [businessesFailed, numbers.isSuccess, numbers.dataUpdatedAt, refetchBusinesses])

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">{businessName}</h1>
        <Link
          to={`/businesses/${businessID}/history`}
          className="text-sm font-medium text-brand-700 underline dark:text-brand-300"
        >
          History
        </Link>
      </div>
      <PhoneNumbersView
        businessID={businessID}
        businessName={businessName}
        hiddenIDs={hiddenIDs}
        onDelete={remove}
        onDeleteMany={removeMany}
        readOnlyReason={reason}
      />
      <Outlet />
    </div>
  )
}
