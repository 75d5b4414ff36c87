import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'

import { BulkAddDialog } from '@/features/phone-numbers/bulk/dialog/bulk-add-dialog'
import { useReturnToList } from '@/features/phone-numbers/form/use-return-to-list'
import { sessionQueries } from '@/features/session/api/session-queries'
import { useBusiness } from '@/features/session/api/use-business'
import { useCredentials } from '@/features/session/use-credentials'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/**
 * `businesses/:businessID/numbers/bulk`: "Bulk add numbers", over the list. Drafts are kept
 * per user: the user ID from `users/self` (the same across sign-ins of one person, whatever
 * the token), or the sandbox persona when that call fails.
 */
export function BulkAddRoute() {
  const { businessID = '' } = useParams()
  const returnToList = useReturnToList()
  const credentials = useCredentials()
  const user = useQuery(sessionQueries.currentUser())
  const { business } = useBusiness(businessID)
  useDocumentTitle(business ? ['Bulk add', business.name] : ['Bulk add'])
  const personaKey = credentials?.personaID ? `persona:${credentials.personaID}` : null
  const userKey = user.data ? `user:${user.data.userID}` : user.isError ? personaKey : null
  return (
    <BulkAddDialog
      businessID={businessID}
      businessName={business?.name ?? 'this business'}
      userKey={userKey}
      userError={user.isError && !userKey ? user.error : null}
      onClose={returnToList}
    />
  )
}
