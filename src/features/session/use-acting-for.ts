import { useQuery } from '@tanstack/react-query'

import { useActsForOthersByRole } from './acts-for-others'
import { sessionQueries } from './api/session-queries'
import { useCredentials } from './use-credentials'
import { useSignInState } from './use-sign-in-state'

/**
 * Whether this sign-in acts for a business other than its own, and as whom: staff (through
 * the pro's connection), support agents, and token sign-ins that reach several businesses.
 * The app's header then says so, and stays at the top while the list scrolls.
 */
export function useActingFor(businessID: string | undefined) {
  const credentials = useCredentials()
  const state = useSignInState()
  const businesses = useQuery(sessionQueries.businesses())
  const business = businesses.data?.find((candidate) => candidate.businessID === businessID)
  const staff = state.kind === 'session' && state.session.kind === 'staff' ? state.session : null
  const byRole = useActsForOthersByRole()
  const actsForOthers =
    byRole || (credentials?.source === 'token' && (businesses.data?.length ?? 0) > 1)
  // Who does the acting, as the header says it: staff by name (and role), else the sign-in.
  const actor = staff
    ? `${staff.name ?? 'staff'}${staff.role === 'viewer' ? ' (viewer)' : ''}`
    : (credentials?.label ?? null)
  return {
    business,
    staff,
    actor,
    actsForOthers: actsForOthers && business !== undefined,
    /** Known by role to act for others, with the businesses still on their way: keep room. */
    keepRoom: byRole && businesses.isPending,
  }
}
