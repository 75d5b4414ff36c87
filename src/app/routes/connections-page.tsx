import { useQueryClient } from '@tanstack/react-query'

import { PageHeader } from '@/components/ui/page-header'
import { ConnectedBusinesses } from '@/features/connections/connected-businesses'
import { signOut } from '@/features/session/sign-in-as'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/** `/connections`: a pro's connected businesses, and Disconnect. */
export function ConnectionsPage() {
  const queryClient = useQueryClient()
  useDocumentTitle(['Connected businesses'])
  return (
    <div className="space-y-4">
      <PageHeader
        title="Connected businesses"
        description="The businesses support staff may act for through your Thumbtack sign-in."
      />
      <ConnectedBusinesses
        onSignedOut={() => {
          // The revoked sign-in was this one: forget it. The route guard is then the one
          // redirect to the sign-in page, and it says why: a navigation of our own here would
          // race it, and lose the reason whenever the guard's came last.
          signOut(queryClient, 'disconnected')
        }}
      />
    </div>
  )
}
