import { useQuery } from '@tanstack/react-query'
import { useEffect } from 'react'

import { setActingAs } from '@/lib/auth/acting-as'
import { useHeightVariable } from '@/lib/page/use-height-variable'

import { sessionQueries } from '../api/session-queries'
import { useActsForOthersByRole } from '../acts-for-others'
import { useCredentials } from '../use-credentials'
import { useSignInState } from '../use-sign-in-state'

/**
 * Whose numbers are being changed, for anyone who may act for more than their own
 * business: staff (acting through the pro's connection: "Acting for Rivera Plumbing as Sam
 * Ortiz", repeated in every dialog), support agents, and token sign-ins that reach several
 * businesses. It stays at the top of the screen while the list scrolls.
 */
export function ActingForBanner({ businessID }: { businessID: string }) {
  const credentials = useCredentials()
  const state = useSignInState()
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)
  const staff = state.kind === 'session' && state.session.kind === 'staff' ? state.session : null
  // The list's sticky tools stick just below this banner, not under it.
  const heightRef = useHeightVariable('--acting-for-space')
  const byRole = useActsForOthersByRole()
  const actsForOthers =
    byRole || (credentials?.source === 'token' && (businesses.data?.length ?? 0) > 1)
  const staffLine =
    staff && business ? `Acting for ${business.name} as ${staff.name ?? 'staff'}` : null

  useEffect(() => {
    setActingAs(staffLine)
    return () => setActingAs(null)
  }, [staffLine])

  // Room for the banner while the business's name is on its way, for whoever will see it.
  if (byRole && businesses.isPending) {
    return (
      <div aria-hidden="true" className="border-b-2 border-brand-500 bg-brand-50 dark:bg-slate-800">
        <p className="mx-auto max-w-6xl px-4 py-2 text-sm">&nbsp;</p>
      </div>
    )
  }
  if (!actsForOthers || !business) return null
  return (
    <section
      ref={heightRef}
      aria-label="Acting for"
      className="sticky top-0 z-30 border-b-2 border-brand-500 bg-brand-50 text-slate-900 dark:bg-slate-800 dark:text-slate-100"
    >
      <p className="mx-auto max-w-6xl truncate px-4 py-2 text-sm">
        Acting for <strong className="font-semibold">{business.name}</strong>
        {staff ? (
          <>
            {' '}
            as <strong className="font-semibold">{staff.name ?? 'staff'}</strong>
            {staff.role === 'viewer' ? ' (viewer)' : ''}
          </>
        ) : null}
      </p>
    </section>
  )
}
