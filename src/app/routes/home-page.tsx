import { useQuery } from '@tanstack/react-query'
import { Link, Navigate } from 'react-router'

import { ErrorState } from '@/components/ui/error-state'
import { Spinner } from '@/components/ui/spinner'
import { sessionQueries } from '@/features/session/api/session-queries'

/** A pro with one business goes straight to its numbers; anyone else picks one. */
export function HomePage() {
  const businesses = useQuery(sessionQueries.businesses())

  if (businesses.isPending) return <Spinner label="Loading your businesses…" />
  if (businesses.isError) {
    return (
      <ErrorState
        heading="Could not load your businesses."
        error={businesses.error}
        onRetry={() => void businesses.refetch()}
      />
    )
  }
  const [only] = businesses.data
  if (only && businesses.data.length === 1) {
    return <Navigate to={`/businesses/${only.businessID}/numbers`} replace />
  }

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Choose a business</h1>
      {businesses.data.length === 0 ? (
        <p>This sign-in is not linked to any business.</p>
      ) : (
        <ul className="grid gap-2 sm:grid-cols-2">
          {businesses.data.map((business) => (
            <li key={business.businessID}>
              <Link
                to={`/businesses/${business.businessID}/numbers`}
                className="block rounded-lg border border-slate-200 px-4 py-3 hover:border-brand-500 dark:border-slate-800"
              >
                {business.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
