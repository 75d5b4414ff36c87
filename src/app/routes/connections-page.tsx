import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'

import { PageHeader } from '@/components/ui/page-header'
import { ConnectedBusinesses } from '@/features/connections/connected-businesses'
import { signOut } from '@/features/session/sign-in-as'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/** `/connections`: a pro's connected businesses, and Disconnect. */
export function ConnectionsPage() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  useDocumentTitle(['Connected businesses'])
  return (
    <div className="space-y-4">
      <PageHeader
        title="Connected businesses"
        description="The businesses support staff may act for through your Thumbtack sign-in."
      />
      <ConnectedBusinesses
        onSignedOut={() => {
          // The revoked sign-in was this one: forget it, and say why on the sign-in page.
          void navigate('/sign-in?disconnected=1', { replace: true })
          signOut(queryClient)
        }}
      />
    </div>
  )
}
