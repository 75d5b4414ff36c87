import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Outlet, useOutlet, useParams } from 'react-router'

import { PageHeader } from '@/components/ui/page-header'
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
  // The file name of an export, when the business's name could not be read.
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
      <PhoneNumbersView
        businessID={businessID}
        businessName={businessName}
        hiddenIDs={hiddenIDs}
        onDelete={remove}
        onDeleteMany={removeMany}
        readOnlyReason={reason}
        renderHeader={({ count, actions }) => (
          <PageHeader
            title="Phone numbers"
            context={business?.name}
            description="The numbers this business calls and texts customers from on Thumbtack."
            count={count}
            actions={actions}
          />
        )}
      />
      <Outlet />
    </div>
  )
}
