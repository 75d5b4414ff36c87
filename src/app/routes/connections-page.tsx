import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from 'react-router'

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
      <h1 className="text-2xl font-bold">Connected businesses</h1>
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
