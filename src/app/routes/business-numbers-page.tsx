import { useQuery } from '@tanstack/react-query'
import { Outlet, useParams } from 'react-router'

import { sessionQueries } from '@/features/session/api/session-queries'
import { PhoneNumbersView } from '@/features/phone-numbers/list/phone-numbers-view'
import { usePendingRemovals } from '@/features/phone-numbers/removal/use-pending-removals'
import { useWriteAccess } from '@/features/session/use-write-access'

export function BusinessNumbersPage() {
  const { businessID = '' } = useParams()
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)
  const { hiddenIDs, remove } = usePendingRemovals(businessID)
  const { reason } = useWriteAccess()
  const businessName = business?.name ?? 'Phone numbers'

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{businessName}</h1>
      <PhoneNumbersView
        businessID={businessID}
        businessName={businessName}
        hiddenIDs={hiddenIDs}
        onDelete={remove}
        readOnlyReason={reason}
      />
      <Outlet />
    </div>
  )
}
