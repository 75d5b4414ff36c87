import { useQuery } from '@tanstack/react-query'

import { sessionQueries } from '../api/session-queries'
import { useCredentials } from '../use-credentials'

/** Who is signed in, from `users/self`, falling back to the sign-in's label while it loads. */
export function SignedInUser() {
  const credentials = useCredentials()
  const user = useQuery(sessionQueries.currentUser())
  const fullName = [user.data?.firstName, user.data?.lastName].filter(Boolean).join(' ')
  const shown = [fullName, user.data?.email, credentials?.label].find(Boolean) ?? 'Signed in'
  return (
    <p className="text-sm text-slate-600 dark:text-slate-300">
      {/* On a phone the name alone fits beside "Sign out"; screen readers hear the whole line. */}
      <span className="sr-only sm:not-sr-only">Signed in as </span>
      <span className="font-medium text-slate-900 dark:text-slate-100">{shown}</span>
    </p>
  )
}
