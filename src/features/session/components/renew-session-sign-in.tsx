import { Button } from '@/components/ui/button'
import { leaveForSignIn } from '@/lib/auth/leave-for-sign-in'

import { loginUrl } from '../api/auth-session-requests'

/**
 * The cookie session ended (its refresh token was revoked, or it outlived its lifetime):
 * only Thumbtack can sign the user in again. Open forms keep their text in the tab first,
 * then the round trip comes back to this very page.
 */
export function RenewSessionSignIn() {
  return (
    <Button
      variant="primary"
      onClick={() => {
        const { pathname, search, hash } = window.location
        leaveForSignIn(loginUrl(pathname + search + hash))
      }}
    >
      Sign in again with Thumbtack
    </Button>
  )
}
