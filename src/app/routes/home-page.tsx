import { useQuery } from '@tanstack/react-query'
import { Navigate } from 'react-router'

import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { sessionQueries } from '@/features/session/api/session-queries'
import { BusinessChooser } from '@/features/session/components/business-chooser'
import { describePermissionError } from '@/features/session/permission-messages'
import { useSignInState } from '@/features/session/use-sign-in-state'
import { useDocumentTitle } from '@/lib/page/use-document-title'

/**
 * A pro with one business goes straight to its numbers; anyone else picks one. The page has
 * one finder: the Business switcher in the header (there whenever there is more than one).
 */
export function HomePage() {
  const businesses = useQuery(sessionQueries.businesses())
  const state = useSignInState()
  // Staff always choose: they act for others, never "their" one business.
  const staff = state.kind === 'session' && state.session.kind === 'staff'
  // Support works by business ID (a pro reads theirs out): show it, to copy.
  const support = staff || (state.kind === 'token' && state.credentials.role === 'support')
  useDocumentTitle(['Your businesses'])

  if (businesses.isPending) return <Spinner label="Loading your businesses…" />
  if (businesses.isError) {
    return (
      <ErrorState
        heading="Could not load your businesses."
        error={businesses.error}
        message={describePermissionError(businesses.error, 'list businesses')}
        onRetry={() => void businesses.refetch()}
      />
    )
  }
  const [only] = businesses.data
  if (only && businesses.data.length === 1 && !staff) {
    return <Navigate to={`/businesses/${only.businessID}/numbers`} replace />
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Choose a business</h1>
      {businesses.data.length === 0 ? (
        <p>
          {staff
            ? 'No business is connected yet: a pro connects theirs by signing in with Thumbtack here.'
            : 'This sign-in is not linked to any business.'}
        </p>
      ) : (
        <BusinessChooser businesses={businesses.data} byID={support} />
      )}
    </div>
  )
}
