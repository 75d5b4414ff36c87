import { useQueryClient } from '@tanstack/react-query'

import { signIn } from '../sign-in-as'

import { TokenForm } from './token-form'

/** Signs in to Thumbtack staging or production with a token obtained elsewhere. */
export function TokenSignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const queryClient = useQueryClient()
  return (
    <section aria-labelledby="token-sign-in" className="space-y-3">
      <h2 id="token-sign-in" className="text-lg font-semibold">
        Use an access token
      </h2>
      <TokenForm
        onVerified={(values) => {
          signIn(queryClient, { ...values, label: 'Access token', source: 'token' })
          onSignedIn()
          return undefined
        }}
      />
    </section>
  )
}
