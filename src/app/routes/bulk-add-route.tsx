import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { BulkAddDialog } from '@/features/phone-numbers/bulk/dialog/bulk-add-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'
import { sessionQueries } from '@/features/session/api/session-queries'
import { useDocumentTitle } from '@/lib/page/use-document-title'

import { useDraftUserKey } from '../use-draft-user-key'
import { WriteRouteGuard } from '../write-route-guard'

/** `businesses/:businessID/numbers/bulk`: "Bulk add numbers", over the list; drafts per user. */
export function BulkAddRoute() {
  const { businessID = '' } = useParams()
  const returnToList = useReturnToList()
  const { userKey, userError } = useDraftUserKey()
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)
  useDocumentTitle(business ? ['Bulk add', business.name] : ['Bulk add'])
  return (
    <WriteRouteGuard>
      <BulkAddDialog
        businessID={businessID}
        businessName={business?.name ?? 'business'}
        userKey={userKey}
        userError={userError}
        onClose={returnToList}
      />
    </WriteRouteGuard>
  )
}
