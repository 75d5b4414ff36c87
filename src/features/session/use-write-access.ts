import { useSyncExternalStore } from 'react'

import { subscribeToWriteRefusals, writesRefused } from '@/lib/auth/write-refusals'

import { useSignInState } from './use-sign-in-state'

export const viewOnlyReason = 'Your sign-in can view numbers but not change them.'

export interface WriteAccess {
  canWrite: boolean
  /** Why not, in words for the disabled controls; undefined when writing is allowed. */
  reason: string | undefined
}

/**
 * What this sign-in may change: a cookie session says so from its granted scopes; a token,
 * whose scopes the page cannot see, is taken as able until the first write is refused.
 */
export function useWriteAccess(): WriteAccess {
  const state = useSignInState()
  const refused = useSyncExternalStore(subscribeToWriteRefusals, writesRefused, () => false)
  const granted = state.kind !== 'session' || state.session.canWrite
  const canWrite = granted && !refused
  return { canWrite, reason: canWrite ? undefined : viewOnlyReason }
}
