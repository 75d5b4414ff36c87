import { useCredentials } from './use-credentials'
import { useSignInState } from './use-sign-in-state'

/**
 * Whether this sign-in acts for businesses that are not its own by its role alone: staff,
 * and support agents. Known before the list of businesses arrives, so the page can keep room
 * for the banner and the business switcher that will show, instead of pushing the page down
 * when they appear (a layout shift a reader sees, and Lighthouse counts).
 */
export function useActsForOthersByRole(): boolean {
  const credentials = useCredentials()
  const state = useSignInState()
  return (
    credentials?.role === 'support' || (state.kind === 'session' && state.session.kind === 'staff')
  )
}
