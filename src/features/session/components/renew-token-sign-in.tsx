import { useQueryClient } from '@tanstack/react-query'

import { setCredentials, type Credentials } from '@/lib/auth/credentials-store'
import { settleSignIn } from '@/lib/auth/sign-in-prompt'

import { sessionQueries } from '../api/session-queries'

import { TokenForm } from './token-form'

/** A new token for the same user; the page's data stays, so another user's token is refused. */
export function RenewTokenSignIn({ credentials }: { credentials: Credentials }) {
  const queryClient = useQueryClient()
  return (
    <section aria-labelledby="renew-token" className="space-y-3">
      <h3 id="renew-token" className="font-semibold">
        Use a new access token
      </h3>
      <TokenForm
        defaultApiBaseUrl={credentials.apiBaseUrl}
        onVerified={(values, user) => {
          const before = queryClient.getQueryData(sessionQueries.currentUser().queryKey)
          if (before && before.userID !== user.userID) {
            return 'This token belongs to someone else. Sign out first to switch users.'
          }
          // Not signIn(): that would clear the cache, and with it the page under this dialog.
          setCredentials({ ...credentials, ...values })
          settleSignIn(true)
          return undefined
        }}
      />
    </section>
  )
}
